using System.Text;
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
    private enum Kind
    {
        Base64,
        Xhtml,
        EscapedHtml,
        AsWritten,
    }

    public static string? Read(FeedElement? element, Uri? documentUri) => element is null ? null : Read(element, KindOf(element), documentUri);

    /// <summary>As <see cref="Read(FeedElement, Uri)"/>; escaped HTML the scanner left in the document is made when first read.</summary>
    public static DeferredText? ReadDeferred(FeedElement? element, Uri? documentUri)
    {
        if (element is null)
        {
            return null;
        }

        var kind = KindOf(element);
        return kind == Kind.EscapedHtml ? MarkupText.DeferEscapedHtml(element, documentUri) : DeferredText.Of(Read(element, kind, documentUri));
    }

    /// <summary>How the construct is written, in the order its attributes decide it.</summary>
    private static Kind KindOf(FeedElement element)
    {
        var type = element.Attribute("type")?.Trim().ToLowerInvariant();
        var mode = element.Attribute("mode")?.Trim().ToLowerInvariant();
        return mode == "base64" || IsBinaryMediaType(type) ? Kind.Base64
            : type == "xhtml" ? Kind.Xhtml
            : type is "html" or "text/html" || mode == "escaped" ? Kind.EscapedHtml
            : Kind.AsWritten;
    }

    private static string? Read(FeedElement element, Kind kind, Uri? documentUri)
    {
        switch (kind)
        {
            case Kind.Base64:
                return DecodeBase64(element.Value);
            case Kind.Xhtml:
                var wrapper = element.Elements().Count() == 1 && element.Elements().Single().LocalName == "div" ? element.Elements().Single() : element;
                return XmlReading.Clean(XhtmlSerializer.InnerHtml(wrapper, documentUri));
            case Kind.EscapedHtml:
                return MarkupText.EscapedHtml(element, documentUri); // escaped HTML, even if wrapped in a stray element
            default:
                return XmlReading.Clean(element.HasElements ? XhtmlSerializer.InnerHtml(element, documentUri) : element.Value);
        }
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
