namespace FeedHub.Core.Parsing.Markup;

/// <summary>What the HTML serializers need to know about element names.</summary>
internal static class HtmlVocabulary
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements that never have content or an end tag, written as &lt;br /&gt;.</summary>
    public static bool IsVoid(string name) => Void.Contains(name);

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    public static bool IsRawText(string name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);
}
