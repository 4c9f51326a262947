namespace FeedHub.Core.Parsing.Markup;

/// <summary>What the HTML serializers need to know about element names.</summary>
internal static class HtmlVocabulary
{
    /// <summary>Elements that never have content or an end tag, written as &lt;br /&gt; (names in any letter case).</summary>
    public static bool IsVoid(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[8];
        return name.Length <= buffer.Length && IsVoidLower(LowerName(name, buffer));
    }

    /// <summary>
    /// The name in lower case: the name itself when it has no capital (the usual case, with nothing to copy), else
    /// lowered into <paramref name="buffer"/>, which must be as long as the name.
    /// </summary>
    public static ReadOnlySpan<char> LowerName(ReadOnlySpan<char> name, Span<char> buffer) =>
        name.ContainsAnyInRange('A', 'Z') ? buffer[..name.ToLowerInvariant(buffer)] : name;

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    public static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    private static bool IsVoidLower(ReadOnlySpan<char> name) =>
        name is "area" or "base" or "basefont" or "bgsound" or "br" or "col" or "embed" or "frame" or "hr" or "img"
            or "input" or "keygen" or "link" or "meta" or "param" or "source" or "track" or "wbr";
}
