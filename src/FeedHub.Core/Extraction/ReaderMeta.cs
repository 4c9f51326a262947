using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// The meta tags that name an article's title, author, description and site, keyed the way Readability.js keys them
/// so that the same page gives the same metadata: a property attribute may list several names ("dc:title og:title"),
/// each of the article, dc, dcterm, og and twitter vocabularies; a name attribute may be written "DC.title",
/// "og:title", "parsely-author" or plainly "author". Keys are lower case with '.' read as ':'; a later tag of a key wins.
/// </summary>
internal static partial class ReaderMeta
{
    [GeneratedRegex(@"\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PropertyPattern();

    [GeneratedRegex(@"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-\.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public static Dictionary<string, string> Read(IEnumerable<IElement> metas)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in metas)
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            var matched = false;
            if (meta.GetAttribute("property") is { } property)
            {
                foreach (Match match in PropertyPattern().Matches(property))
                {
                    values[Key(match.Value)] = content;
                    matched = true;
                }
            }

            if (!matched && meta.GetAttribute("name") is { } name && NamePattern().IsMatch(name))
            {
                values[Key(name)] = content;
            }
        }

        return values;
    }

    private static string Key(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant().Replace('.', ':');

    /// <summary>The first of the keys that has a value.</summary>
    public static string? First(this Dictionary<string, string> values, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
