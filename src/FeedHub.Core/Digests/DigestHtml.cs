using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Core.Model;

namespace FeedHub.Core.Digests;

/// <summary>
/// A digest as HTML: a fragment (for the digest feeds' items) and a whole page that reads well on a phone, follows
/// the reader's dark-mode preference and loads nothing from elsewhere (one inline style sheet, no scripts).
/// </summary>
public static class DigestHtml
{
    private const string Style = """
        :root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fbfbf8;--muted:#5f6368;--line:#e3e3de;--accent:#0b57d0}
        @media (prefers-color-scheme:dark){:root{--fg:#e8e8e3;--bg:#151517;--muted:#a0a4a8;--line:#2c2c30;--accent:#8ab4f8}}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:42rem;margin:0 auto;padding:1.25rem 1rem 3rem}h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
        .window,.meta{color:var(--muted);font-size:.9rem}article{border-top:1px solid var(--line);padding:1rem 0}
        h2,h3{font-size:1.15rem;line-height:1.3;margin:0 0 .35rem}section>h2{font-size:.85rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:1.5rem 0 0}a{color:var(--accent)}p{margin:.4rem 0}ul{padding-left:1.2rem}
        """;

    public static string Page(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var title = Title(digest);
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title><style>{Style}</style></head>
            <body><main><h1>{E(title)}</h1>{Fragment(digest)}</main></body></html>
            """;
    }

    public static string Title(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return $"{digest.FeedTitle}: digest of {digest.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The stories, each with its sources, summary and reading time; under section headings when the digest is grouped.</summary>
    public static string Fragment(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"window\">{digest.Stories.Count} {(digest.Stories.Count == 1 ? "story" : "stories")} from {Time(digest.Start)} to {Time(digest.End)} (UTC)</p>");
        string? section = null;
        foreach (var story in digest.Stories)
        {
            if (story.Section is not null && story.Section != section)
            {
                html.Append(section is null ? string.Empty : "</section>").Append("<section><h2>").Append(E(story.Section)).Append("</h2>");
                section = story.Section;
            }

            var heading = section is null ? "h2" : "h3";
            html.Append("<article><").Append(heading).Append('>')
                .Append(story.Link is null ? E(story.Title) : $"<a href=\"{E(story.Link)}\">{E(story.Title)}</a>")
                .Append("</").Append(heading).Append('>');
            foreach (var sentence in story.Summary)
            {
                html.Append("<p>").Append(E(sentence)).Append("</p>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{story.ReadingMinutes} min read · reported by ")
                .AppendJoin(", ", story.Sources.Select(s => s.Link is null ? E(s.Title) : $"<a href=\"{E(s.Link)}\">{E(s.Title)}</a>"))
                .Append("</p></article>");
        }

        if (section is not null)
        {
            html.Append("</section>");
        }

        return html.ToString();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("d MMM HH:mm", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
