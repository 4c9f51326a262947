using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Drops the site's name from a title that carries it ("Story | Site", "Site - Section - Story"), but only where the
/// page confirms which part is the site: the part equals the page's site name, or another part is the text of a
/// heading or other element on the page (the headline as the page shows it). Without such proof the title stays
/// whole: a title with a dash in it is more common than an unmarked site name.
/// </summary>
internal static class SiteName
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " _ "];

    public static bool HasSeparator(string title) => Separators.Any(s => title.Contains(s, StringComparison.Ordinal));

    public static string Strip(string title, string? siteName, IReadOnlySet<string> shownTexts)
    {
        foreach (var separator in Separators)
        {
            var parts = title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            if (siteName is not null)
            {
                if (parts[^1].Equals(siteName, StringComparison.OrdinalIgnoreCase))
                {
                    return string.Join(separator, parts[..^1]);
                }

                if (parts[0].Equals(siteName, StringComparison.OrdinalIgnoreCase))
                {
                    return string.Join(separator, parts[1..]);
                }
            }

            // The shown run of parts with the most words: "Site - Section - Story" gives "Story" when the page shows it.
            var shown = Runs(parts, separator).Where(r => TextMeasures.CountWords(r) >= 2 && shownTexts.Contains(r)).MaxBy(TextMeasures.CountWords);
            if (shown is not null)
            {
                return shown;
            }
        }

        return title;
    }

    /// <summary>Every run of consecutive parts shorter than the whole title.</summary>
    private static IEnumerable<string> Runs(string[] parts, string separator)
    {
        for (var length = parts.Length - 1; length >= 1; length--)
        {
            for (var start = 0; start + length <= parts.Length; start++)
            {
                yield return string.Join(separator, parts[start..(start + length)]);
            }
        }
    }
}
