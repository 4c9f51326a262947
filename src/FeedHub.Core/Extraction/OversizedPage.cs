namespace FeedHub.Core.Extraction;

/// <summary>
/// Brings a page over <see cref="ArticleExtractor.MaxPageCharacters"/> under the limit before it is parsed: script
/// and style blocks (never content, and what makes most giant pages giant) are dropped first, and only then is the
/// rest cut, so a page with megabytes of inline script in its head keeps its article.
/// </summary>
internal static class OversizedPage
{
    public static string Trim(string html, int maxCharacters)
    {
        if (html.Length <= maxCharacters)
        {
            return html;
        }

        var kept = new System.Text.StringBuilder(Math.Min(html.Length, maxCharacters));
        var position = 0;
        while (position < html.Length && kept.Length < maxCharacters)
        {
            var next = NextRawBlock(html, position, out var name);
            if (next < 0)
            {
                kept.Append(html, position, html.Length - position);
                break;
            }

            kept.Append(html, position, next - position);
            var close = html.IndexOf("</" + name, next, StringComparison.OrdinalIgnoreCase);
            position = close < 0 ? html.Length : close;
        }

        return kept.Length > maxCharacters ? kept.ToString(0, maxCharacters) : kept.ToString();
    }

    private static int NextRawBlock(string html, int from, out string name)
    {
        var script = html.IndexOf("<script", from, StringComparison.OrdinalIgnoreCase);
        var style = html.IndexOf("<style", from, StringComparison.OrdinalIgnoreCase);
        if (script < 0 && style < 0)
        {
            name = string.Empty;
            return -1;
        }

        var isScript = script >= 0 && (style < 0 || script < style);
        name = isScript ? "script" : "style";
        var start = isScript ? script : style;
        var tagEnd = html.IndexOf('>', start);
        return tagEnd < 0 ? start : tagEnd + 1; // keep the start tag, drop the body up to its end tag
    }
}
