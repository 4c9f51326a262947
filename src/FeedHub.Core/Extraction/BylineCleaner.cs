using System.Text.RegularExpressions;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>Turns "By Jane Doe, Senior Reporter" into "Jane Doe": no leading "by", no job title, no date.</summary>
internal static partial class BylineCleaner
{
    [GeneratedRegex(@"^((posted|written|words|story|text|photos?)\s+by|eingestellt\s+von|geschrieben\s+von|publié\s+par|écrit\s+par|escrito\s+por|publicado\s+por|by|von|par|por|door|di|af|av)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s*(,|\||·|»|—|–| - |\bon\b|\bupdated\b|\bpublished\b|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    public static string? Clean(string? byline)
    {
        if (byline is null || byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (byline.Contains(", ", StringComparison.Ordinal) && byline.Split(", ").All(IsName))
        {
            return byline; // several authors, as JSON-LD lists them
        }

        var text = LeadingBy().Replace(TextMeasures.Normalize(byline), string.Empty);
        text = Tail().Replace(text, string.Empty).Trim();
        return text.Length is > 1 and <= 80 ? text : null;
    }

    private static bool IsName(string part) =>
        part.Length is > 2 and < 60 && !part.Any(char.IsDigit) && part.Split(' ').Length <= 4 && !JobTitle().IsMatch(part);

    [GeneratedRegex(@"\b(reporter|editor|correspondent|writer|columnist|staff|senior|chief|contributor|producer|photographer|analyst|critic|redakteur|journaliste|periodista)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobTitle();
}
