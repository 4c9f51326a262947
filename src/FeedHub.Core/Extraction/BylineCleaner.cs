using System.Text.RegularExpressions;

namespace FeedHub.Core.Extraction;

/// <summary>Turns "By Jane Doe, Senior Reporter" into "Jane Doe": no leading "by", no job title, no date.</summary>
internal static partial class BylineCleaner
{
    [GeneratedRegex(@"^(by|von|par|por|door|di|af|av)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s*(,|\||·|—|–| - |\bon\b|\bupdated\b|\bpublished\b|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    public static string? Clean(string? byline)
    {
        if (byline is null || byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = LeadingBy().Replace(TextMeasures.Normalize(byline), string.Empty);
        text = Tail().Replace(text, string.Empty).Trim();
        return text.Length is > 1 and <= 80 ? text : null;
    }
}
