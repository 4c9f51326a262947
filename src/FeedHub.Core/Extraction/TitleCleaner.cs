namespace FeedHub.Core.Extraction;

/// <summary>Drops the site name that pages append to or prepend before their title ("Story | Site", "Site - Story").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    /// <summary>
    /// The headline: the page's specific title (JSON-LD headline, og:title) when the document title merely adds the
    /// site name to it; otherwise the specific or document title with a site-name part removed.
    /// </summary>
    public static string? Clean(string? headline, string? documentTitle, string? h1, string? siteName)
    {
        var specific = headline is null ? null : TextMeasures.Normalize(headline);
        var whole = documentTitle is null ? null : TextMeasures.Normalize(documentTitle);
        if (!string.IsNullOrEmpty(specific) && whole is not null && whole.Length > specific.Length && whole.Contains(specific, StringComparison.OrdinalIgnoreCase))
        {
            return specific;
        }

        return Clean(string.IsNullOrEmpty(specific) ? whole : specific, h1, siteName);
    }

    private static string? Clean(string? title, string? h1, string? siteName)
    {
        var text = title;
        if (string.IsNullOrEmpty(text))
        {
            return h1;
        }

        if (h1 is not null && text.Contains(h1, StringComparison.OrdinalIgnoreCase) && h1.Length >= 10)
        {
            return h1;
        }

        foreach (var separator in Separators)
        {
            var parts = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            var kept = parts.Where(p => siteName is null || !p.Equals(siteName, StringComparison.OrdinalIgnoreCase)).ToArray();
            var longest = kept.OrderByDescending(p => p.Length).First();
            return TextMeasures.CountWords(longest) >= 3 ? longest : text;
        }

        return text;
    }
}
