using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Core.Curation;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;

namespace FeedHub.Endpoints;

/// <summary>
/// GET /digests/{feed}/ as HTML: the latest digests, newest first, each with its story count and window; when there
/// is none yet, when the next one is cut; and the digest feeds to subscribe to.
/// </summary>
internal static class DigestListPage
{
    public static string Render(HttpRequest request, CuratedFeedDefinition feed, DigestKeys keys, IReadOnlyList<Digest> digests, DateTimeOffset now)
    {
        var schedule = feed.Digest!;
        var list = DigestEndpoints.ListPath(request, feed.Id);
        var feeds = $"{request.PathBase}/feeds/{Uri.EscapeDataString(feed.Id)}/digest.";
        var title = feed.Title + ": digests";
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<nav class=\"crumbs\"><a href=\"{E(request.PathBase + "/")}\">FeedHub</a> › {E(feed.Title)}</nav>\n<h1>{E(title)}</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Each digest gathers the stories of {E(feed.Title)} over {Span(schedule.Window)}, the stories more outlets covered first. The next is cut {E(DigestTimes.NextCut(schedule, now) ?? "never: the schedule does not fire again")}.</p>\n");
        if (digests.Count == 0)
        {
            body.Append("<p class=\"card\">").Append(E(Empty(schedule, now))).Append("</p>\n");
        }
        else
        {
            body.Append("<div class=\"card\"><ul class=\"items\">\n");
            foreach (var digest in digests)
            {
                body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(list + keys.KeyOf(digest))}\">{E(keys.Label(digest))}</a> · {digest.Stories.Count} {(digest.Stories.Count == 1 ? "story" : "stories")}<time datetime=\"{Core.Text.Rfc3339.Format(digest.End)}\">{E(DigestTimes.Window(digest, keys.TimeZone))}</time></li>\n");
            }

            body.Append("</ul></div>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><h2>Subscribe</h2><p class=\"muted\">Copy a link into your feed reader to get each digest as it is cut.</p><ul class=\"chips\"><li><a href=\"{E(feeds)}rss\">RSS</a></li><li><a href=\"{E(feeds)}atom\">Atom</a></li><li><a href=\"{E(feeds)}json\">JSON Feed</a></li></ul></div>\n");
        var head = $"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{E(title)} (RSS)\" href=\"{E(feeds)}rss\">\n"
            + $"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{E(title)} (Atom)\" href=\"{E(feeds)}atom\">\n"
            + $"<link rel=\"alternate\" type=\"application/feed+json\" title=\"{E(title)} (JSON Feed)\" href=\"{E(feeds)}json\">\n";
        return HtmlPage.Document(title, body.ToString(), head);
    }

    /// <summary>What an empty list says: when the first digest is cut (none of the latest windows had stories, or none has closed).</summary>
    internal static string Empty(DigestSchedule schedule, DateTimeOffset now) =>
        DigestTimes.NextCut(schedule, now) is { } next ? $"No digest yet: the first is cut {next}." : "No digest yet, and the schedule does not fire again.";

    /// <summary>"24 hours", "2 days", "90 minutes".</summary>
    internal static string Span(TimeSpan span)
    {
        var (count, unit) = span.Ticks % TimeSpan.TicksPerDay == 0 && span.Days >= 2 ? (span.Days, "day")
            : span.Ticks % TimeSpan.TicksPerHour == 0 && span.TotalHours >= 1 ? ((int)span.TotalHours, "hour")
            : ((int)Math.Ceiling(span.TotalMinutes), "minute");
        return string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
