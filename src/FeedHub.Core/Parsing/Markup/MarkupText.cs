using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>Reads an element that holds HTML, escaped or as inline XML children, as one canonical HTML string.</summary>
internal static class MarkupText
{
    /// <summary>The element's HTML: inline child elements serialized, escaped markup normalized; null when absent or blank.</summary>
    public static string? Html(FeedElement? element) => element is null ? null : XmlReading.Clean(RawHtml(element));

    /// <summary>As <see cref="Html"/>, but an element that is present and empty gives "" rather than null.</summary>
    public static string? HtmlOrEmpty(FeedElement? element) => element is null ? null : XmlReading.Clean(RawHtml(element)) ?? string.Empty;

    private static string RawHtml(FeedElement element) =>
        element.HasElements ? XhtmlSerializer.InnerHtml(element) : HtmlNormalizer.Normalize(element.Value)!;
}
