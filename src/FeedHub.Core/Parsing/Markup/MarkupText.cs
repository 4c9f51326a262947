using System.Buffers;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>Reads an element that holds HTML, escaped or as inline XML children, as one canonical HTML string.</summary>
internal static class MarkupText
{
    /// <summary>The element's HTML: inline child elements serialized, escaped markup normalized; null when absent or blank.</summary>
    public static string? Html(FeedElement? element, Uri? documentUri) => element is null ? null : element.HasElements
        ? Html(XhtmlSerializer.InnerHtml(element, documentUri), normalize: false, default)
        : EscapedHtml(element, documentUri);

    /// <summary>
    /// As <see cref="Html(FeedElement, Uri)"/>, made when first read if the scanner left the element's text in the
    /// document (see <see cref="RawText"/>): the stage that reads it pays for it, and a stage that does not never does.
    /// </summary>
    public static DeferredText? DeferHtml(FeedElement? element, Uri? documentUri) =>
        element is null || element.HasElements ? DeferredText.Of(Html(element, documentUri)) : DeferEscapedHtml(element, documentUri);

    /// <summary>As <see cref="EscapedHtml"/>, made when first read if the scanner left the element's text in the document.</summary>
    public static DeferredText? DeferEscapedHtml(FeedElement element, Uri? documentUri) =>
        element.OnlyRawText is { IsSurelyNotBlank: true } raw ? new DeferredHtml(element, raw, documentUri) : DeferredText.Of(EscapedHtml(element, documentUri));

    /// <summary>The element's text read as escaped HTML and normalized; for a single text node, straight from the decoded text.</summary>
    public static string? EscapedHtml(FeedElement element, Uri? documentUri)
    {
        if (element.OnlyRawText is { } raw)
        {
            var buffer = raw.RentDecoded(out var length);
            try
            {
                return Normalized(buffer.AsSpan(0, length), element, documentUri);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        return element.TryGetText(out var text) ? Normalized(text, element, documentUri) : Html(element.Value, normalize: true, new UrlBase(element, documentUri));
    }

    private static string? Normalized(ReadOnlySpan<char> text, FeedElement element, Uri? documentUri)
    {
        var trimmed = text.Trim();
        return trimmed.IsEmpty ? null : Windows1252Repair.Repair(HtmlNormalizer.Normalize(trimmed, new UrlBase(element, documentUri)));
    }

    /// <summary>As <see cref="Html(FeedElement, Uri)"/>, but an element that is present and empty gives "" rather than null.</summary>
    public static string? HtmlOrEmpty(FeedElement? element, Uri? documentUri) => element is null ? null : Html(element, documentUri) ?? string.Empty;

    /// <summary>Escaped HTML text, trimmed and normalized in one copy (none when nothing changes); null when blank.</summary>
    public static string? Html(string? text, bool normalize, UrlBase urlBase)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        var start = text.AsSpan().Length - text.AsSpan().TrimStart().Length;
        var html = normalize ? HtmlNormalizer.Normalize(text, start, start + trimmed.Length, urlBase) : text.Substring(start, trimmed.Length);
        return Windows1252Repair.Repair(html);
    }
}
