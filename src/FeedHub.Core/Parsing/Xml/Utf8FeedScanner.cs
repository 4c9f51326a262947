using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// The fast path of <see cref="XmlFeedLoader"/>: reads a well-formed UTF-8 (or ASCII) feed straight from its bytes
/// into a <see cref="FeedElement"/> tree. It knows only what well-formed feeds use (elements, attributes,
/// namespaces, text, CDATA, the five XML entities and character references, comments and processing
/// instructions) and returns null at the first thing it does not handle or that is not well-formed (a DOCTYPE,
/// another encoding, an unknown entity, a mismatched tag, a forbidden character...): the strict XmlReader path then
/// reads the document, with its repairs. Hand-written because System.Xml's reader plus any tree costs more than the
/// whole parsing budget (issue 3: 4x SyndicationFeed's throughput); test FastPathParityTests checks that both paths
/// give identical results on every document the fast path accepts. This file is the structure (prolog, elements,
/// attributes, names and namespaces); Utf8FeedScanner.TextScan.cs checks text in one pass and
/// Utf8FeedScanner.Decoding.cs turns checked bytes into strings.
/// </summary>
internal ref partial struct Utf8FeedScanner
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>
    /// Text of at least this many bytes is kept as a <see cref="RawText"/> slice of the document, checked but not
    /// decoded, when the caller's bytes outlive the parse: an item's HTML is most of a feed, and the pipeline only
    /// needs it for the items that are new or changed.
    /// </summary>
    internal const int DeferredTextBytes = 128;

    private readonly ReadOnlySpan<byte> text;
    private readonly ReadOnlyMemory<byte> document;
    private readonly bool transcoded;
    private readonly NameTable names;
    private readonly List<(string Prefix, string Uri)> scopes;
    private readonly List<(int Start, int Length, string Value)> rawAttributes = [];
    private int position;

    private Utf8FeedScanner(ReadOnlySpan<byte> text, ReadOnlyMemory<byte> document, bool transcoded)
    {
        this.text = text;
        this.document = document;
        this.transcoded = transcoded;
        names = NameTable.Current;
        scopes = [("xml", XmlNamespace)];
    }

    /// <summary>The document's root element, or null when the fast path does not apply (then use the strict reader).</summary>
    public static FeedElement? TryLoad(ReadOnlySpan<byte> bytes) => TryLoad(bytes, default);

    /// <summary>
    /// As <see cref="TryLoad(ReadOnlySpan{byte})"/>. When <paramref name="document"/> holds the same bytes (and the
    /// caller keeps them unchanged), long text stays in it as <see cref="RawText"/>, decoded when read; other text
    /// is decoded into strings at once. <paramref name="transcoded"/> says the bytes were re-encoded as UTF-8 from
    /// the encoding the XML declaration names, which is then not checked.
    /// </summary>
    public static FeedElement? TryLoad(ReadOnlySpan<byte> bytes, ReadOnlyMemory<byte> document, bool transcoded = false)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
            document = document.IsEmpty ? document : document[3..];
        }

        var scanner = new Utf8FeedScanner(bytes, document, transcoded);
        return scanner.Prolog() ? scanner.Document() : null;
    }

    private static readonly SearchValues<byte> ForbiddenControls =
        SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>Skips the XML declaration (refusing other encodings), comments and processing instructions.</summary>
    private bool Prolog()
    {
        while (true)
        {
            SkipWhitespace();
            var rest = text[position..];
            if (rest.StartsWith("<?xml "u8) || rest.StartsWith("<?xml\t"u8))
            {
                var end = rest.IndexOf("?>"u8);
                if (end < 0 || !IsUtf8Text(rest[..end]) || !(transcoded || IsUtf8Declaration(rest[..end])))
                {
                    return false;
                }

                position += end + 2;
            }
            else if (rest.StartsWith("<?"u8) || rest.StartsWith("<!--"u8))
            {
                if (!SkipMisc())
                {
                    return false;
                }
            }
            else
            {
                return rest.Length > 1 && rest[0] == '<' && rest[1] != '!';
            }
        }
    }

    /// <summary>Whether the document opens with an XML declaration naming an encoding other than UTF-8 or ASCII.</summary>
    internal static bool DeclaresOtherEncoding(ReadOnlySpan<byte> document)
    {
        var start = document.TrimStart(" \t\r\n"u8);
        var end = start.IndexOf("?>"u8);
        return start.StartsWith("<?xml"u8) && end > 0 && !IsUtf8Declaration(start[..end]);
    }

    private static bool IsUtf8Declaration(ReadOnlySpan<byte> declaration)
    {
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return true;
        }

        var value = declaration[(at + 8)..].TrimStart(" \t\r\n="u8).TrimStart("\"'"u8);
        var close = value.IndexOfAny((byte)'"', (byte)'\'');
        var name = Encoding.ASCII.GetString(close < 0 ? value : value[..close]).Trim();
        return name.ToLowerInvariant() is "utf-8" or "utf8" or "us-ascii" or "ascii";
    }

    /// <summary>Skips a comment (refusing "--" inside, which XML forbids) or a processing instruction.</summary>
    private bool SkipMisc()
    {
        var rest = text[position..];
        if (rest.StartsWith("<!--"u8))
        {
            var end = rest[4..].IndexOf("--"u8);
            if (end < 0 || !rest[(4 + end)..].StartsWith("-->"u8))
            {
                return false;
            }

            position += 4 + end + 3;
            return IsUtf8Text(rest[..(4 + end)]);
        }

        var close = rest.IndexOf("?>"u8);
        position += close < 0 ? rest.Length : close + 2;
        return close >= 0 && IsUtf8Text(rest[..close]);
    }

    /// <summary>
    /// Whether a name is UTF-8. The document is not checked in a separate pass: every byte is checked once, where
    /// it is read. Names hold no control character, as every byte below 32 ends a name (<see cref="EndsName"/>);
    /// text and CDATA are checked by <see cref="ScanText"/>, and the rest by <see cref="IsUtf8Text"/>.
    /// </summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => Ascii.IsValid(bytes) || Utf8.IsValid(bytes);

    /// <summary>Whether skipped markup or an attribute value is UTF-8 without a control character XML forbids.</summary>
    private static bool IsUtf8Text(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny(ForbiddenControls) < 0 && IsUtf8(bytes);

    private FeedElement? Document()
    {
        FeedElement? root = null;
        var open = new List<(FeedElement Element, int QNameStart, int QNameLength, int Scopes)>();
        while (position < text.Length)
        {
            if (open.Count == 0 && root is not null)
            {
                SkipWhitespace();
                if (position >= text.Length)
                {
                    break;
                }

                if (!text[position..].StartsWith("<!--"u8) && !text[position..].StartsWith("<?"u8) || !SkipMisc())
                {
                    return null;
                }

                continue;
            }

            if (text[position] != '<')
            {
                if (open.Count == 0 || !Text(open[^1].Element))
                {
                    return null;
                }

                continue;
            }

            var rest = text[position..];
            if (rest.StartsWith("</"u8))
            {
                if (open.Count == 0 || !EndTag(open[^1].QNameStart, open[^1].QNameLength))
                {
                    return null;
                }

                scopes.RemoveRange(open[^1].Scopes, scopes.Count - open[^1].Scopes);
                open.RemoveAt(open.Count - 1);
            }
            else if (rest.StartsWith("<![CDATA["u8))
            {
                if (open.Count == 0 || !CData(open[^1].Element))
                {
                    return null;
                }
            }
            else if (rest.StartsWith("<!--"u8) || rest.StartsWith("<?"u8))
            {
                if (!SkipMisc())
                {
                    return null;
                }
            }
            else
            {
                var parent = open.Count > 0 ? open[^1].Element : null;
                if (parent is null && root is not null)
                {
                    return null;
                }

                var scopeMark = scopes.Count;
                var qnameStart = position + 1;
                var element = StartTag(parent, out var isEmpty, out var qnameEnd);
                if (element is null)
                {
                    return null;
                }

                parent?.AddNode(element);
                root ??= element;
                if (isEmpty)
                {
                    scopes.RemoveRange(scopeMark, scopes.Count - scopeMark);
                }
                else
                {
                    open.Add((element, qnameStart, qnameEnd - qnameStart, scopeMark));
                    if (open.Count > RecoveringXmlBuilder.MaxDepth)
                    {
                        return null;
                    }
                }
            }
        }

        return open.Count == 0 ? root : null;
    }

    private FeedElement? StartTag(FeedElement? parent, out bool isEmpty, out int qnameEnd)
    {
        isEmpty = false;
        var qnameStart = position + 1;
        qnameEnd = QNameEnd(qnameStart);
        if (qnameEnd == qnameStart || !IsNameStart(text[qnameStart]) || !IsUtf8(text[qnameStart..qnameEnd]))
        {
            return null;
        }

        position = qnameEnd;
        var raw = rawAttributes;
        raw.Clear();
        while (true)
        {
            var hadSpace = SkipWhitespace();
            if (position >= text.Length)
            {
                return null;
            }

            if (text[position] == '>' || text[position..].StartsWith("/>"u8))
            {
                isEmpty = text[position] == '/';
                position += isEmpty ? 2 : 1;
                break;
            }

            if (!hadSpace || !Attribute(raw))
            {
                return null;
            }
        }

        foreach (var (start, length, value) in raw)
        {
            var name = text.Slice(start, length);
            if (name.SequenceEqual("xmlns"u8))
            {
                scopes.Add((string.Empty, names.Get(value)));
            }
            else if (name.StartsWith("xmlns:"u8))
            {
                scopes.Add((names.Get(name[6..]), names.Get(value)));
            }
        }

        var (elementNs, elementName) = Resolve(text[qnameStart..qnameEnd], isAttribute: false);
        if (elementNs is null)
        {
            return null;
        }

        var element = new FeedElement(elementNs, elementName, parent);
        foreach (var (start, length, value) in raw)
        {
            var name = text.Slice(start, length);
            if (name.SequenceEqual("xmlns"u8) || name.StartsWith("xmlns:"u8))
            {
                continue;
            }

            var (ns, local) = Resolve(name, isAttribute: true);
            if (ns is null || element.Attribute(ns, local) is not null)
            {
                return null; // undeclared prefix or repeated attribute
            }

            element.AddAttribute(new FeedAttribute(ns, local, value), raw.Count);
        }

        return element;
    }

    private bool Attribute(List<(int Start, int Length, string Value)> raw)
    {
        var nameStart = position;
        position = QNameEnd(position);
        if (position == nameStart || !IsNameStart(text[nameStart]))
        {
            return false;
        }

        var nameLength = position - nameStart;
        if (!IsUtf8(text.Slice(nameStart, nameLength)))
        {
            return false;
        }

        SkipWhitespace();
        if (position >= text.Length || text[position] != '=')
        {
            return false;
        }

        position++;
        SkipWhitespace();
        if (position >= text.Length || text[position] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = text[position];
        var valueStart = position + 1;
        var length = text[valueStart..].IndexOf(quote);
        if (length < 0 || text.Slice(valueStart, length).IndexOf((byte)'<') >= 0)
        {
            return false;
        }

        position = valueStart + length + 1;
        var value = DecodeAttribute(text.Slice(valueStart, length));
        if (value is null)
        {
            return false;
        }

        raw.Add((nameStart, nameLength, value));
        return true;
    }

    private bool EndTag(int qnameStart, int qnameLength)
    {
        var start = position + 2;
        var end = start + qnameLength; // a longer name fails below: its next byte is neither space nor '>'
        if (end > text.Length || !text.Slice(start, qnameLength).SequenceEqual(text.Slice(qnameStart, qnameLength)))
        {
            return false;
        }

        position = end;
        SkipWhitespace();
        if (position >= text.Length || text[position] != '>')
        {
            return false;
        }

        position++;
        return true;
    }

    private bool Text(FeedElement parent)
    {
        var length = ScanText(text[position..], isCData: false, out var facts);
        if (length < 0)
        {
            return false;
        }

        var raw = text.Slice(position, length);
        if ((facts & TextFacts.NonAscii) != 0 && !Utf8.IsValid(raw))
        {
            return false;
        }

        parent.AddNode(IsShortWhitespace(raw) ? names.Get(raw) : Defer(position, length, isCData: false, facts) ?? (object)DecodeString(raw, isCData: false, facts));
        position += length;
        return true;
    }

    private bool CData(FeedElement parent)
    {
        var start = position + 9;
        var length = ScanText(text[start..], isCData: true, out var facts);
        if (length < 0)
        {
            return false;
        }

        var raw = text.Slice(start, length);
        if ((facts & TextFacts.NonAscii) != 0 && !Utf8.IsValid(raw))
        {
            return false;
        }

        parent.AddNode(Defer(start, length, isCData: true, facts) ?? (object)DecodeString(raw, isCData: true, facts));
        position = start + length + 3;
        return true;
    }

    /// <summary>
    /// Long text kept as a slice of the document, already checked by <see cref="ScanText"/> (UTF-8, controls, and
    /// every reference one XML defines), so decoding it later cannot fail. Null when it is short or when the
    /// caller's bytes are not kept.
    /// </summary>
    private readonly RawText? Defer(int start, int length, bool isCData, TextFacts facts) =>
        length < DeferredTextBytes || document.IsEmpty ? null : new RawText(document.Slice(start, length), isCData, facts);

    private (string? Namespace, string LocalName) Resolve(ReadOnlySpan<byte> qname, bool isAttribute)
    {
        var colon = qname.IndexOf((byte)':');
        if (colon < 0)
        {
            return (isAttribute ? string.Empty : Lookup(string.Empty) ?? string.Empty, names.Get(qname));
        }

        var local = qname[(colon + 1)..];
        if (local.IsEmpty || local.IndexOf((byte)':') >= 0)
        {
            return (null, string.Empty);
        }

        var uri = Lookup(names.Get(qname[..colon]));
        return (string.IsNullOrEmpty(uri) ? null : uri, names.Get(local));
    }

    private string? Lookup(string prefix)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].Prefix == prefix)
            {
                return scopes[i].Uri;
            }
        }

        return null;
    }

    private int QNameEnd(int start)
    {
        var i = start;
        while (i < text.Length && !EndsName(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The bytes that end a name: whitespace, '&gt;', '/', '=', '&lt;', quotes, and every control character, which
    /// then fails where the tag's next part is expected (all below 64, so one bit test).
    /// </summary>
    private static bool EndsName(byte b) => b < 64 && ((NameEnders >> b) & 1) != 0;

    private const ulong NameEnders = 0xFFFF_FFFFUL | (1UL << ' ') | (1UL << '\t') | (1UL << '\r') | (1UL << '\n') | (1UL << '>') | (1UL << '/')
        | (1UL << '=') | (1UL << '<') | (1UL << '"') | (1UL << '\'');

    private static bool IsNameStart(byte b) => char.IsAsciiLetter((char)b) || b is (byte)'_' || b >= 0x80;

    private bool SkipWhitespace()
    {
        var start = position;
        while (position < text.Length && text[position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        return position > start;
    }

}
