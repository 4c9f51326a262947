namespace FeedHub.Core.Parsing.Markup;

/// <summary>What the HTML serializers need to know about element names.</summary>
internal static class HtmlVocabulary
{
    /// <summary>Elements that never have content or an end tag, written as &lt;br /&gt; (names in any letter case).</summary>
    public static bool IsVoid(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return false;
        }

        if (name.ContainsAnyInRange('A', 'Z'))
        {
            Span<char> lower = stackalloc char[8];
            return IsVoidLower(lower[..name.ToLowerInvariant(lower)]);
        }

        return IsVoidLower(name);
    }

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    public static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a lower-case element name needs more than copying as written: void (its form is "&lt;br /&gt;"),
    /// raw text (script, style) or the root of SVG or MathML.
    /// </summary>
    public static bool IsSpecialLower(ReadOnlySpan<char> name) => IsVoidLower(name) || name is "script" or "style" or "svg" or "math";

    private static bool IsVoidLower(ReadOnlySpan<char> name) =>
        name is "area" or "base" or "basefont" or "bgsound" or "br" or "col" or "embed" or "frame" or "hr" or "img"
            or "input" or "keygen" or "link" or "meta" or "param" or "source" or "track" or "wbr";
}
