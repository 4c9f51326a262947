using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Text;

namespace FeedHub.Core.Digests;

/// <summary>
/// A digest as HTML: a fragment (for the digest feeds' items) and a whole page that reads well on a phone, follows
/// the reader's dark-mode preference and loads nothing from elsewhere (one inline style sheet, no scripts). The
/// fragment carries absolute http(s) links and images only, so it stays valid as feed content; the page adds the
/// way back to the list and the index, and to the digests before and after it.
/// </summary>
public static class DigestHtml
{
    /// <summary>The language of FeedHub's own words on the page; a story in another language says so with its own lang.</summary>
    public const string PageLanguage = "en";

    public static string Page(Digest digest, DigestKeys keys, DigestNavigation navigation)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(navigation);
        var title = Title(digest, keys);
        return $"""
            <!DOCTYPE html>
            <html lang="{PageLanguage}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title><style>{PageStyle.Css}</style></head>
            <body><main><nav class="crumbs"><a href="{E(navigation.IndexUrl)}">FeedHub</a> › <a href="{E(navigation.ListUrl)}">{E(digest.FeedTitle)}: all digests</a></nav>
            <h1>{E(title)}</h1>{Fragment(digest, keys)}{Pager(navigation)}</main></body></html>
            """;
    }

    public static string Title(Digest digest, DigestKeys keys)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(keys);
        return $"{digest.FeedTitle}: digest of {keys.Label(digest)}";
    }

    /// <summary>
    /// The window in the schedule's zone, then the stories, each with its lead image, summary, date, reading time and
    /// sources (each linking its own site); under section headings when the digest is grouped.
    /// </summary>
    public static string Fragment(Digest digest, DigestKeys keys)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(keys);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"window\">{digest.Stories.Count} {(digest.Stories.Count == 1 ? "story" : "stories")} · {E(DigestTimes.Window(digest, keys.TimeZone))}</p>");
        string? section = null;
        foreach (var story in digest.Stories)
        {
            if (story.Section is not null && story.Section != section)
            {
                html.Append(section is null ? string.Empty : "</section>").Append("<section><h2>").Append(E(story.Section)).Append("</h2>");
                section = story.Section;
            }

            Story(html, story, section is null ? "h2" : "h3", keys.TimeZone);
        }

        if (section is not null)
        {
            html.Append("</section>");
        }

        return html.ToString();
    }

    private static void Story(StringBuilder html, DigestStory story, string heading, TimeZoneInfo zone)
    {
        var language = LanguageTag.Normalize(story.Language);
        html.Append("<article")
            .Append(language is not null && LanguageTag.IsWellFormed(language) && !string.Equals(language, PageLanguage, StringComparison.OrdinalIgnoreCase) ? $" lang=\"{E(language)}\" dir=\"auto\"" : string.Empty)
            .Append('>');
        if (SafeUrl.Absolute(story.Image) is { } image)
        {
            html.Append(CultureInfo.InvariantCulture, $"<img src=\"{E(image)}\" alt=\"\" loading=\"lazy\">");
        }

        var link = SafeUrl.Absolute(story.Link);
        html.Append('<').Append(heading).Append('>')
            .Append(link is null ? E(story.Title) : $"<a href=\"{E(link)}\">{E(story.Title)}</a>")
            .Append("</").Append(heading).Append('>');
        foreach (var sentence in story.Summary)
        {
            html.Append("<p>").Append(E(sentence)).Append("</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\" lang=\"{PageLanguage}\"><time datetime=\"{Rfc3339.Format(story.Time)}\">{E(DigestTimes.Moment(story.Time, zone))}</time> · {story.ReadingMinutes} min read · reported by ")
            .AppendJoin(", ", story.Sources.Select(s => Reporter(s, link)))
            .Append("</p></article>");
    }

    /// <summary>The outlet, linking its own site when its feed names one; and its own report when that is not the story's link.</summary>
    private static string Reporter(DigestSource source, string? storyLink)
    {
        var name = SafeUrl.Absolute(source.Site) is { } site ? $"<a href=\"{E(site)}\">{E(source.Title)}</a>" : E(source.Title);
        return SafeUrl.Absolute(source.Link) is { } report && report != storyLink ? $"{name} (<a href=\"{E(report)}\">its report</a>)" : name;
    }

    private static string Pager(DigestNavigation navigation) =>
        navigation.Previous is null && navigation.Next is null ? string.Empty
            : "<nav class=\"pager\">"
              + (navigation.Previous is { } previous ? $"<a rel=\"prev\" href=\"{E(previous.Url)}\">← {E(previous.Label)}</a>" : "<span></span>")
              + (navigation.Next is { } next ? $"<a rel=\"next\" href=\"{E(next.Url)}\">{E(next.Label)} →</a>" : "<span></span>")
              + "</nav>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
