using System.Text;
using System.Xml;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Loads feed XML safely. Well-formed UTF-8 documents take the fast path (<see cref="Utf8FeedScanner"/>, which
/// knows no DTD at all), and so do well-formed documents in other encodings once decoded and re-encoded as UTF-8;
/// everything else goes through System.Xml with DTD processing off (a DOCTYPE is removed before parsing, see
/// <see cref="DoctypeGuard"/>), no external entity is ever resolved, and the document size is capped. When the
/// strict read fails, the document is repaired (<see cref="XmlRepair"/>) and read again, keeping whatever can be
/// read before any remaining fault; such a result is marked as recovered.
/// </summary>
internal static class XmlFeedLoader
{
    /// <summary>
    /// Loads the document; <paramref name="httpCharset"/> is the charset its HTTP response named, if any. The fast
    /// path needs no charset: it only reads UTF-8, which FeedEncoding also chooses for valid UTF-8 whatever the header.
    /// </summary>
    public static XmlLoadResult Load(ReadOnlySpan<byte> bytes, long maxCharacters, string? httpCharset = null) => Load(bytes, default, maxCharacters, httpCharset);

    /// <summary>
    /// As <see cref="Load(ReadOnlySpan{byte}, long, string?)"/>; when <paramref name="document"/> holds the same bytes,
    /// which the caller keeps unchanged, the fast path leaves long text in it to be decoded when read (<see cref="RawText"/>).
    /// </summary>
    public static XmlLoadResult Load(ReadOnlySpan<byte> bytes, ReadOnlyMemory<byte> document, long maxCharacters, string? httpCharset = null)
    {
        if (bytes.Length <= maxCharacters && Utf8FeedScanner.TryLoad(bytes, document) is { } fast)
        {
            return new XmlLoadResult(fast, null);
        }

        var decoded = Decode(bytes, maxCharacters, httpCharset);
        return Transcoded(bytes, decoded) is { } transcoded ? new XmlLoadResult(transcoded, null) : LoadStrict(decoded, maxCharacters);
    }

    /// <summary>The System.Xml path: DOCTYPE removal, a strict read, then a repaired, recovering read.</summary>
    internal static XmlLoadResult LoadStrict(ReadOnlySpan<byte> bytes, long maxCharacters, string? httpCharset = null) =>
        LoadStrict(Decode(bytes, maxCharacters, httpCharset), maxCharacters);

    private static string Decode(ReadOnlySpan<byte> bytes, long maxCharacters, string? httpCharset)
    {
        var decoded = FeedEncoding.Decode(bytes, httpCharset);
        return decoded.Length <= maxCharacters ? decoded : throw new FeedParseException($"the document is larger than the limit of {maxCharacters} characters");
    }

    /// <summary>
    /// A document in another encoding (a legacy code page, UTF-16, or a declaration or HTTP charset that overrides
    /// UTF-8), read by the fast path once re-encoded as UTF-8: about 1.7x as fast as System.Xml, decoding and
    /// re-encoding included (`-- legacy-ratio`). Null when the document was UTF-8 already and said so (the fast path
    /// has declined it), or the fast path declines the re-encoded one. (ASCII declared as a legacy encoding is the same
    /// bytes in UTF-8: only its declaration stopped the fast path.)
    /// </summary>
    private static FeedElement? Transcoded(ReadOnlySpan<byte> bytes, string decoded)
    {
        var utf8 = Encoding.UTF8.GetBytes(decoded);
        var original = bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes;
        return original.SequenceEqual(utf8) && !Utf8FeedScanner.DeclaresOtherEncoding(utf8) ? null : Utf8FeedScanner.TryLoad(utf8, utf8, transcoded: true);
    }

    private static XmlLoadResult LoadStrict(string decoded, long maxCharacters)
    {
        var text = DoctypeGuard.Strip(decoded, maxCharacters);
        XmlException strictFault;
        using (var strict = CreateReader(text, maxCharacters))
        {
            var (root, fault) = RecoveringXmlBuilder.Build(strict);
            if (fault is null && root is not null)
            {
                return new XmlLoadResult(root, null);
            }

            strictFault = fault ?? new XmlException("the document has no root element");
        }

        using var lenient = CreateReader(XmlRepair.Repair(text), maxCharacters);
        var (recovered, remaining) = RecoveringXmlBuilder.Build(lenient);
        if (recovered is null)
        {
            throw new FeedParseException($"not well-formed XML: {strictFault.Message}", strictFault);
        }

        var why = remaining is null ? $"repaired after: {strictFault.Message}" : $"read up to: {remaining.Message}";
        return new XmlLoadResult(recovered, why);
    }

    private static XmlReader CreateReader(string text, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
        };
        return XmlReader.Create(new StringReader(text), settings);
    }
}

/// <summary>A loaded root element, and why it had to be recovered (null when the document was well-formed).</summary>
internal sealed record XmlLoadResult(FeedElement Root, string? Recovery);
