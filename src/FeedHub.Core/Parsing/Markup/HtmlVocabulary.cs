namespace FeedHub.Core.Parsing.Markup;

/// <summary>What the HTML serializers need to know about element names.</summary>
internal static class HtmlVocabulary
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidBySpan = Void.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Elements that never have content or an end tag, written as &lt;br /&gt;.</summary>
    public static bool IsVoid(ReadOnlySpan<char> name) => VoidBySpan.Contains(name);

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    public static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);
}
