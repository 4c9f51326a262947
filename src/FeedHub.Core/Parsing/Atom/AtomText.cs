using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Markup;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Atom;

/// <summary>
/// Reads an Atom text construct into one string: type="text" gives its characters, type="html" its (normalized)
/// HTML, Atom 1.0 type="xhtml" the markup inside its required wrapping div, and Atom 0.3 mode="xml" or inline
/// markup without a type the markup as written. Atom 0.3's mode="base64" and binary media types are decoded.
/// </summary>
internal static class AtomText
{
    public static string? Read(FeedElement? element, Uri? documentUri) => element is null ? null : Read(element, documentUri, deferred: false)?.Value;

    /// <summary>As <see cref="Read(FeedElement, Uri)"/>; escaped HTML the scanner left in the document is made when first read.</summary>
    public static DeferredText? ReadDeferred(FeedElement? element, Uri? documentUri) => element is null ? null : Read(element, documentUri, deferred: true);

    private static DeferredText? Read(FeedElement element, Uri? documentUri, bool deferred)
    {
        var type = element.Attribute("type")?.Trim().ToLowerInvariant();
        var mode = element.Attribute("mode")?.Trim().ToLowerInvariant();
        if (mode == "base64" || IsBinaryMediaType(type))
        {
            return DeferredText.Of(DecodeBase64(element.Value));
        }

        if (type == "xhtml")
        {
            var wrapper = element.Elements().Count() == 1 && element.Elements().Single().LocalName == "div" ? element.Elements().Single() : element;
            return DeferredText.Of(XmlReading.Clean(XhtmlSerializer.InnerHtml(wrapper, documentUri)));
        }

        if (type is "html" or "text/html" || mode == "escaped")
        {
            // escaped HTML, even if wrapped in a stray element
            return deferred ? MarkupText.DeferEscapedHtml(element, documentUri) : DeferredText.Of(MarkupText.EscapedHtml(element, documentUri));
        }

        return DeferredText.Of(XmlReading.Clean(element.HasElements ? XhtmlSerializer.InnerHtml(element, documentUri) : element.Value));
    }

    /// <summary>Atom 1.0 (RFC 4287 4.1.3.3): content of a media type that is neither text nor XML is base64.</summary>
    private static bool IsBinaryMediaType(string? type) =>
        type is not null && type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string? DecodeBase64(string value)
    {
        try
        {
            return XmlReading.Clean(Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim())));
        }
        catch (FormatException)
        {
            return XmlReading.Clean(value);
        }
    }
}
