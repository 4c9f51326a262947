using System.Buffers;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// A long text node left as its document's UTF-8 bytes (see <see cref="Utf8FeedScanner.DeferredTextBytes"/>):
/// checked by the scanner, decoded only when something reads it. An item's HTML is most of a feed's bytes, and
/// decoding it is most of the cost of a parse, so a feed whose items are already stored never pays for it.
/// </summary>
internal sealed class RawText(ReadOnlyMemory<byte> utf8, bool isCData, TextFacts facts)
{
    private string? value;

    /// <summary>The text as the document wrote it (for a fingerprint of the item, see ItemFingerprint).</summary>
    public ReadOnlySpan<byte> Utf8 => utf8.Span;

    public bool IsCData => isCData;

    /// <summary>
    /// Whether the text is certainly not blank, judged from its first byte that is not XML white space: plain ASCII
    /// or one of the five XML entities. (A character reference or a non-ASCII character may be white space.)
    /// </summary>
    public bool IsSurelyNotBlank
    {
        get
        {
            var bytes = utf8.Span;
            var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
            return first >= 0 && bytes[first] < 0x80 && (bytes[first] != '&' || isCData || !bytes[(first + 1)..].StartsWith("#"u8));
        }
    }

    /// <summary>The decoded text in a pooled buffer: its first <paramref name="length"/> characters. Return it to ArrayPool&lt;char&gt;.Shared.</summary>
    public char[] RentDecoded(out int length)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1)); // UTF-16 never needs more characters than UTF-8 has bytes
        length = Utf8FeedScanner.DecodeChecked(utf8.Span, buffer, isCData, facts);
        return buffer;
    }

    public override string ToString() => value ??= Utf8FeedScanner.DecodeString(utf8.Span, isCData, facts);
}
