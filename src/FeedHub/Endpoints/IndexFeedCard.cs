using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Core.Curation;
using FeedHub.Core.Digests;
using FeedHub.Core.Publishing;
using FeedHub.Core.Text;

namespace FeedHub.Endpoints;

/// <summary>One curated feed on the index: title, description, item count, newest items, subscribe links and digests.</summary>
internal static class IndexFeedCard
{
    private const int NewestItems = 5;

    public static void Append(StringBuilder body, HttpContext context, CuratedFeedDefinition feed, IReadOnlyList<StoryEntry> stories, DateTimeOffset now)
    {
        var request = context.Request;
        var localFiles = context.RequestServices.GetRequiredService<LocalFiles>();
        var site = PublicBase.Of(context).Url;
        var path = $"{request.PathBase}/feeds/{Uri.EscapeDataString(feed.Id)}";
        body.Append(CultureInfo.InvariantCulture, $"<section class=\"card\" id=\"feed-{E(feed.Id)}\">\n<h2>{E(feed.Title)}</h2>\n");
        if (feed.Description is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{E(feed.Description)}</p>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{stories.Count} {(stories.Count == 1 ? "item" : "items")}</p>\n");
        if (stories.Count == 0)
        {
            body.Append("<p class=\"muted\">No items yet: its sources have not been polled, or nothing they carry matches this feed.</p>\n");
        }
        else
        {
            body.Append("<h3>Newest</h3>\n<ul class=\"items\">\n");
            foreach (var lead in stories.Select(s => s.Lead).OrderByDescending(e => e.SortTime).Take(NewestItems))
            {
                var title = E(lead.Title ?? "(untitled)");
                var link = SafeUrl.Absolute((lead.CanonicalLink ?? lead.Link) is { } raw ? localFiles.ForReaders(LinkNormalizer.Normalize(raw), site) : null); // as the feeds publish it
                var language = LanguageTag.Normalize(lead.Language);
                var lang = language is not null && LanguageTag.IsWellFormed(language) && LanguageTag.Primary(language) != "en" ? $" lang=\"{E(language)}\" dir=\"auto\"" : string.Empty; // dir: a right-to-left title reads right to left
                body.Append("<li").Append(lang).Append('>').Append(link is null ? title : $"<a href=\"{E(link)}\">{title}</a>")
                    .Append(CultureInfo.InvariantCulture, $"<time{(lang.Length > 0 ? " lang=\"en\"" : string.Empty)} datetime=\"{Rfc3339.Format(lead.SortTime)}\">{lead.SortTime.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)}</time></li>\n");
            }

            body.Append("</ul>\n");
        }

        body.Append("<h3>Subscribe</h3>\n<p class=\"muted\">Copy a link into your feed reader.</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<ul class=\"chips\"><li><a href=\"{E(path)}.rss\">RSS</a></li><li><a href=\"{E(path)}.atom\">Atom</a></li><li><a href=\"{E(path)}.json\">JSON Feed</a></li></ul>\n");
        if (feed.Digest is { } schedule)
        {
            var digest = $"{path}/digest.";
            body.Append("<h3>Digests</h3>\n")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The most-covered stories over {DigestListPage.Span(schedule.Window)}; the next digest is cut {E(DigestTimes.NextCut(schedule, now) ?? "never")}.</p>\n")
                .Append(CultureInfo.InvariantCulture, $"<ul class=\"chips\"><li><a href=\"{E(DigestEndpoints.ListPath(request, feed.Id))}\">All digests</a></li><li><a href=\"{E(digest)}rss\">Digest RSS</a></li><li><a href=\"{E(digest)}atom\">Digest Atom</a></li><li><a href=\"{E(digest)}json\">Digest JSON Feed</a></li></ul>\n");
        }

        body.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
