using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using FeedHub.Core.Text;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Decodes feed bytes to text: a byte-order mark wins, then the HTTP charset (RFC 7303: it overrides the XML
/// declaration), then the XML declaration's encoding, then UTF-8, and windows-1252 when the bytes are not valid
/// UTF-8 (the usual lie of a feed that declares nothing). One exception: bytes that are valid UTF-8 and not plain
/// ASCII are read as UTF-8 even when the HTTP charset names a legacy one. Servers add "charset=ISO-8859-1" by
/// default, and legacy-encoded text with any accented letter is practically never valid UTF-8.
/// </summary>
internal static partial class FeedEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            return bomEncoding.GetString(bytes[bomLength..]);
        }

        if (SniffWithoutBom(bytes) is { } sniffed)
        {
            var head = sniffed.GetString(bytes[..Math.Min(bytes.Length, 400)]);
            var named = DeclaredEncoding(head);
            return (named is not null && IsSameFamily(named, sniffed) ? named : sniffed).GetString(bytes);
        }

        if (httpCharset is not null && EncodingNames.Resolve(httpCharset) is { } served && IsAsciiCompatible(served))
        {
            var isUtf8 = served.CodePage == Encoding.UTF8.CodePage;
            if (Utf8.IsValid(bytes) && (isUtf8 || !Ascii.IsValid(bytes)))
            {
                return Encoding.UTF8.GetString(bytes); // UTF-8 served as such, or UTF-8 text under a server's default legacy charset
            }

            if (!isUtf8)
            {
                return served.GetString(bytes);
            }
        }

        var declared = DeclaredEncoding(Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePages.Get(1252).GetString(bytes);
        }
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        (encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding)Encoding.UTF8, 0),
        };
        return length > 0;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    private static Encoding? DeclaredEncoding(string head)
    {
        var match = Declaration().Match(head);
        return match.Success ? EncodingNames.Resolve(match.Groups[1].Value) : null;
    }

    /// <summary>
    /// The XML specification's autodetection for documents without a byte-order mark: "&lt;?" in UTF-32, UTF-16
    /// or EBCDIC (0x4C 0x6F 0xA7 0x94) tells the family before any declaration can be read.
    /// </summary>
    private static Encoding? SniffWithoutBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(true, false),
        [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(false, false),
        [0x00, 0x3C, 0x00, _, ..] => Encoding.BigEndianUnicode,
        [0x3C, 0x00, _, 0x00, ..] => Encoding.Unicode,
        [0x4C, 0x6F, 0xA7, 0x94, ..] => CodePages.Get(37),
        _ => null,
    };

    /// <summary>
    /// Whether the encoding writes ASCII as ASCII: only then can the header be right about a document whose markup
    /// reads as ASCII (a header naming UTF-16 for such bytes is wrong).
    /// </summary>
    private static bool IsAsciiCompatible(Encoding encoding) => encoding.GetBytes("<?xml").AsSpan().SequenceEqual("<?xml"u8);

    /// <summary>A declaration may refine the sniffed family (an EBCDIC code page) but not contradict its width.</summary>
    private static bool IsSameFamily(Encoding declared, Encoding sniffed) =>
        declared.GetByteCount("<") == sniffed.GetByteCount("<") && declared.GetBytes("<")[^1] == sniffed.GetBytes("<")[^1];
}
