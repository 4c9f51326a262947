using System.Text.Json;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Atom;
using FeedHub.Core.Parsing.Cdf;
using FeedHub.Core.Parsing.Json;
using FeedHub.Core.Parsing.Rss;
using FeedHub.Core.Parsing.Xml;
using static FeedHub.Core.Parsing.FeedNamespaces;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Detects a document's format from its content (never from its name or media type) and hands it to that
/// format's adapter. Every failure is a <see cref="FeedParseException"/> with a reason an operator can read.
/// </summary>
public sealed class FeedParser
{
    /// <summary>The largest document, in characters, that is read at all.</summary>
    public const long DefaultMaxCharacters = 32L * 1024 * 1024;

    private readonly long maxCharacters;

    public FeedParser(long maxCharacters = DefaultMaxCharacters) => this.maxCharacters = maxCharacters;

    /// <summary>
    /// Parses a feed. <paramref name="contentType"/> is the HTTP Content-Type it was served with, if any: its charset
    /// decides the encoding of XML that is not UTF-8 (JSON is always UTF-8).
    /// </summary>
    public ParsedFeed Parse(ReadOnlySpan<byte> document, Uri? documentUri = null, string? contentType = null) =>
        Read(document, default, documentUri, contentType).Materialize();

    /// <summary>
    /// As <see cref="Parse(ReadOnlySpan{byte}, Uri?, string?)"/>, for a document the caller owns and no longer
    /// changes: long text is decoded straight from the array rather than copied out of it first.
    /// </summary>
    public ParsedFeed Parse(byte[] document, Uri? documentUri = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document, document, documentUri, contentType).Materialize();
    }

    /// <summary>
    /// The first phase of a parse: the feed with each item's key and fingerprint, its HTML left in
    /// <paramref name="document"/> (which the items keep a reference to) until an item is materialized
    /// (<see cref="ScannedItem.Materialize"/>), so a poll never pays for decoding an item it has stored.
    /// </summary>
    public ScannedFeed Scan(byte[] document, Uri? documentUri = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(Read(document, document, documentUri, contentType));
    }

    /// <summary>
    /// Reads a document into a feed whose items are not yet materialized. Long text is left in
    /// <paramref name="kept"/> when it is given (the same bytes as <paramref name="document"/>), else decoded at once.
    /// </summary>
    internal ParsedDocument Read(ReadOnlySpan<byte> document, ReadOnlyMemory<byte> kept, Uri? documentUri, string? contentType)
    {
        if (document.Length > maxCharacters * 4)
        {
            throw new FeedParseException($"the document is larger than the limit of {maxCharacters} characters");
        }

        var first = FirstSignificantByte(document);
        if (first == '{')
        {
            return ParseJson(document, documentUri);
        }

        if (first != '<')
        {
            throw new FeedParseException("the document is neither XML nor JSON");
        }

        var loaded = XmlFeedLoader.Load(document, kept, maxCharacters, Text.HtmlText.CharsetOf(contentType));
        var parsed = Dispatch(loaded.Root, documentUri);
        return loaded.Recovery is null ? parsed : parsed with { Feed = parsed.Feed with { Recovery = loaded.Recovery } };
    }

    private static ParsedDocument Dispatch(FeedElement root, Uri? documentUri) => root.LocalName switch
    {
        "rss" => RssAdapter.Adapt(root, RssFormat(root), documentUri),
        "RDF" when root.Namespace == Rdf || root.Element(Rss10, "channel") is not null => RssAdapter.Adapt(root, RdfFormat(root), documentUri),
        "feed" when root.Namespace == Atom10 => AtomAdapter.Adapt(root, FeedFormat.Atom10, documentUri),
        "feed" when root.Namespace == Atom03 => AtomAdapter.Adapt(root, FeedFormat.Atom03, documentUri),
        "feed" => AtomAdapter.Adapt(root, root.Attribute("version") == "0.3" ? FeedFormat.Atom03 : FeedFormat.Atom10, documentUri),
        _ when root.LocalName.Equals("channel", StringComparison.OrdinalIgnoreCase) && root.Namespace.Length == 0 => CdfAdapter.Adapt(root, documentUri),
        "html" => throw new FeedParseException("the document is an HTML page, not a feed"),
        _ => throw new FeedParseException($"the root element <{root.LocalName}> is not RSS, RDF, Atom or CDF"),
    };

    private static FeedFormat RssFormat(FeedElement root)
    {
        var version = root.Attribute("version")?.Trim() ?? string.Empty;
        return version.StartsWith("0.9", StringComparison.Ordinal) ? FeedFormat.Rss09x : FeedFormat.Rss20;
    }

    private static FeedFormat RdfFormat(FeedElement root) =>
        root.Elements().Any(e => e.Namespace == Rss090) ? FeedFormat.Rss09x : FeedFormat.Rss10;

    private static ParsedDocument ParseJson(ReadOnlySpan<byte> document, Uri? documentUri)
    {
        if (document is [0xEF, 0xBB, 0xBF, ..])
        {
            document = document[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var json = JsonDocument.ParseValue(ref reader);
            return JsonFeedAdapter.Adapt(json.RootElement, documentUri);
        }
        catch (JsonException e)
        {
            throw new FeedParseException($"not valid JSON: {e.Message}", e);
        }
    }

    private static int FirstSignificantByte(ReadOnlySpan<byte> document)
    {
        var span = document;
        if (span is [0xEF, 0xBB, 0xBF, ..])
        {
            span = span[3..];
        }
        else if (span is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..]
            or [0x00, 0x00, 0x00, 0x3C, ..] or [0x3C, 0x00, ..] or [0x00, 0x3C, ..] or [0x4C, 0x6F, 0xA7, 0x94, ..])
        {
            return '<'; // UTF-16/32 (with or without a byte-order mark) or EBCDIC "<?xm": FeedEncoding decodes it.
        }

        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }
}
