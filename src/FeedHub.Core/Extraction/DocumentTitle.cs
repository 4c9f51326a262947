using System.Text.RegularExpressions;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// The article's title read from the document title when no metadata names it, with the rules readers know from
/// Readability.js: a site name after the last separator ("Story | Site") goes, or before the first one when too few
/// words would remain; after a colon only when no heading repeats the whole title; a title too short or too long
/// gives way to the page's only h1; and a result of four words or fewer that lost more than the site name reverts to the whole title.
/// </summary>
internal static partial class DocumentTitle
{
    [GeneratedRegex(@" [\|\-–—\\\/>»] ")]
    private static partial Regex Separator();

    [GeneratedRegex(@" [\\\/>»] ")]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"^[^\|\-–—\\\/>»]*[\|\-–—\\\/>»]")]
    private static partial Regex FirstPart();

    [GeneratedRegex(@"[\|\-–—\\\/>»]+")]
    private static partial Regex Separators();

    public static string? Of(string? documentTitle, IReadOnlyList<string> headings, IReadOnlyList<string> h1s)
    {
        var original = documentTitle?.Trim();
        if (string.IsNullOrEmpty(original))
        {
            return h1s.Count == 1 ? h1s[0] : null;
        }

        var title = original;
        var hierarchical = false;
        var separators = Separator().Matches(original);
        if (separators.Count > 0)
        {
            hierarchical = HierarchicalSeparator().IsMatch(original);
            title = original[..separators[^1].Index];
            if (Words(title) < 3)
            {
                title = FirstPart().Replace(original, string.Empty, 1);
            }
        }
        else if (original.Contains(": ", StringComparison.Ordinal))
        {
            if (!headings.Any(h => h == original))
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (Words(title) < 3)
                {
                    title = original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (Words(original[..original.IndexOf(':', StringComparison.Ordinal)]) > 5)
                {
                    title = original;
                }
            }
        }
        else if ((original.Length > 150 || original.Length < 15) && h1s.Count == 1)
        {
            title = h1s[0];
        }

        title = TextMeasures.Normalize(title).Trim();
        var words = Words(title);
        if (words <= 4 && (!hierarchical || words != Words(Separators().Replace(original, string.Empty)) - 1))
        {
            title = original;
        }

        return title;
    }

    private static int Words(string text) => text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
