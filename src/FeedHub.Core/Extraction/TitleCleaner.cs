namespace FeedHub.Core.Extraction;

/// <summary>Drops the site name that pages append to or prepend before their title ("Story | Site", "Site - Story").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    public static string? Clean(string? title, string? h1, string? siteName)
    {
        var text = title is null ? null : TextMeasures.Normalize(title);
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
