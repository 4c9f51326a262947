using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Where relative URLs inside an item's HTML resolve: the xml:base chain of the element that carried the HTML and
/// the feed's own location. Feeds are read away from their site, so a relative link left as it is points nowhere.
/// Only http(s) bases are used: a feed read from a local file keeps its relative links (a file: URL helps no reader).
/// </summary>
internal readonly struct UrlBase(FeedElement? context, Uri? documentUri)
{
    public bool IsSet => context is not null || documentUri is not null;

    /// <summary>The HTML attributes whose value is a URL (names in any letter case).</summary>
    public static bool IsUrlAttribute(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[10];
        return name.Length <= buffer.Length && IsUrlAttributeLower(HtmlVocabulary.LowerName(name, buffer));
    }

    /// <summary>As <see cref="IsUrlAttribute"/>, for a name known to be in lower case.</summary>
    public static bool IsUrlAttributeLower(ReadOnlySpan<char> name) =>
        name is "href" or "src" or "poster" or "cite" or "action" or "longdesc" or "background" or "usemap" or "codebase" or "data";

    /// <summary>
    /// True for a value that needs resolving: not empty, not a fragment, and without a scheme. The scheme is looked
    /// for as a browser reads the value: character references decoded and tabs and line breaks dropped, so
    /// "&amp;#106;avascript:" or "java&amp;#x09;script:" is a javascript: URL (which the sanitizer then removes), not a
    /// relative path to resolve into an http link.
    /// </summary>
    public bool IsRelative(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        if (!IsSet || trimmed.IsEmpty || trimmed[0] == '#')
        {
            return false;
        }

        if (trimmed.IndexOfAny('&', '\t', '\n') < 0 && !trimmed.Contains('\r'))
        {
            return !XmlReading.HasScheme(trimmed);
        }

        var asRead = System.Net.WebUtility.HtmlDecode(trimmed.ToString()).Replace("\t", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Trim();
        return asRead.Length > 0 && asRead[0] != '#' && !XmlReading.HasScheme(asRead);
    }

    public string Resolve(string value)
    {
        var baseUri = context is null ? documentUri : XmlReading.BaseOf(context, documentUri);
        return baseUri is { Scheme: "http" or "https" } && Uri.TryCreate(baseUri, value.Trim(), out var resolved) ? resolved.ToString() : value;
    }
}
