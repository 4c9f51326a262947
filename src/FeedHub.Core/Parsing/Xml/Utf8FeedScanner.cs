using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// give identical results on every document the fast path accepts.
/// </summary>
internal ref struct Utf8FeedScanner
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

    /// <summary>
    /// One pass over text to the '&lt;' that ends it (CDATA: to its "]]&gt;"), that also does every check the text
    /// needs: no control character XML forbids, no "]]&gt;" in text, every reference one XML defines. Returns the
    /// text's length, or -1 when nothing ends it or a check fails; <paramref name="facts"/> says whether decoding
    /// must expand references or line ends, and whether UTF-8 must be validated. Thirty-two bytes at a time: item
    /// HTML is most of a feed, and one pass replaces five (the end, "]]&gt;", controls, ASCII and references).
    /// Hand-written because no library search reports several kinds of byte in one pass.
    /// </summary>
    private static int ScanText(ReadOnlySpan<byte> span, bool isCData, out TextFacts facts)
    {
        facts = TextFacts.None;
        var ender = isCData ? (byte)']' : (byte)'<';
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(span);
            for (; i + Vector256<byte>.Count <= span.Length; i += Vector256<byte>.Count)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                var lineEnds = Vector256.Equals(block, Vector256.Create((byte)'\r'));
                var controls = Vector256.LessThan(block, Vector256.Create((byte)' '))
                    & ~(lineEnds | Vector256.Equals(block, Vector256.Create((byte)'\n')) | Vector256.Equals(block, Vector256.Create((byte)'\t')));
                var brackets = isCData ? default : Vector256.Equals(block, Vector256.Create((byte)']'));
                var references = isCData ? 0 : Vector256.Equals(block, Vector256.Create((byte)'&')).ExtractMostSignificantBits();
                var enders = Vector256.Equals(block, Vector256.Create(ender)).ExtractMostSignificantBits();
                var seen = (controls | lineEnds | brackets).ExtractMostSignificantBits() | block.ExtractMostSignificantBits();
                if ((seen | references | enders) == 0)
                {
                    continue;
                }

                var end = FirstEnd(span, i, enders, isCData);
                var below = end < 0 ? uint.MaxValue : (1u << end) - 1;
                if ((references & below) != 0)
                {
                    facts |= TextFacts.References; // escaped HTML has a reference every few bytes: checked here, not through Note
                    for (var bits = references & below; bits != 0; bits &= bits - 1)
                    {
                        if (!IsReferenceAt(span[(i + BitOperations.TrailingZeroCount(bits) + 1)..]))
                        {
                            return -1;
                        }
                    }
                }

                for (var bits = seen & below; bits != 0; bits &= bits - 1)
                {
                    if (!Note(span, i + BitOperations.TrailingZeroCount(bits), isCData, ref facts))
                    {
                        return -1;
                    }
                }

                if (end >= 0)
                {
                    return i + end;
                }
            }
        }

        for (; i < span.Length; i++)
        {
            if (span[i] == ender && (!isCData || span[i..].StartsWith("]]>"u8)))
            {
                return i;
            }

            if ((span[i] < ' ' || span[i] >= 0x80 || span[i] is (byte)'&' or (byte)']') && !Note(span, i, isCData, ref facts))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Which of a block's '&lt;' (text) or ']' (CDATA) bytes ends the text first, as an offset in the block; -1 for none.</summary>
    private static int FirstEnd(ReadOnlySpan<byte> span, int block, uint enders, bool isCData)
    {
        for (; enders != 0; enders &= enders - 1)
        {
            var offset = BitOperations.TrailingZeroCount(enders);
            if (!isCData || span[(block + offset)..].StartsWith("]]>"u8))
            {
                return offset;
            }
        }

        return -1;
    }

    /// <summary>Checks one byte <see cref="ScanText"/> stopped at: false for a fault, else what it means for decoding.</summary>
    private static bool Note(ReadOnlySpan<byte> span, int at, bool isCData, ref TextFacts facts)
    {
        switch (span[at])
        {
            case >= 0x80:
                facts |= TextFacts.NonAscii;
                return true;
            case (byte)'\r':
                facts |= TextFacts.LineEnds;
                return true;
            case (byte)'\n' or (byte)'\t':
                return true;
            case < (byte)' ':
                return false;
            case (byte)'&' when !isCData:
                facts |= TextFacts.References;
                return IsReferenceAt(span[(at + 1)..]);
            case (byte)']' when !isCData:
                return !span[at..].StartsWith("]]>"u8);
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether the bytes after an '&amp;' start a reference XML defines, as <see cref="DecodeInPlace"/> requires.
    /// A character reference's name is at most nine bytes ("#x" and seven digits), so the ';' is sought no further:
    /// a reference cannot contain the '&lt;' that ends its text, so this never reads past a valid one.
    /// </summary>
    private static bool IsReferenceAt(ReadOnlySpan<byte> rest)
    {
        if (rest.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(rest) is var word
            && ((word & 0xFF_FFFF) is LessThanEntity or GreaterThanEntity || word == AmpersandEntity))
        {
            return true; // the three escaped HTML is made of, read as one word
        }

        if (PredefinedEntity(rest) > 0)
        {
            return true;
        }

        var end = rest[..Math.Min(rest.Length, 10)].IndexOf((byte)';');
        return end >= 0 && IsCharacterReference(rest[..end]);
    }

    /// <summary>
    /// Decodes text or CDATA that <see cref="ScanText"/> has checked, with what it saw (<paramref name="facts"/>), into
    /// <paramref name="target"/> (at least as long); its length.
    /// </summary>
    internal static int DecodeChecked(ReadOnlySpan<byte> raw, Span<char> target, bool isCData, TextFacts facts)
    {
        var status = Utf8.ToUtf16(raw, target, out _, out var length, replaceInvalidSequences: false);
        if (status == OperationStatus.Done && (facts & (TextFacts.References | TextFacts.LineEnds)) != 0)
        {
            length = DecodeInPlace(target[..length], attribute: false, entities: !isCData);
        }

        return status == OperationStatus.Done && length >= 0 ? length : throw new InvalidOperationException("deferred text was not checked");
    }

    /// <summary>Indentation between elements: interned, as feeds repeat the same few runs thousands of times.</summary>
    private static bool IsShortWhitespace(ReadOnlySpan<byte> raw) =>
        raw.Length is > 0 and <= 32 && raw.IndexOfAnyExcept((byte)' ', (byte)'\n', (byte)'\t') < 0;

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

    /// <summary>Decodes an attribute value (its whitespace becomes spaces, references are expanded); null for a reference XML does not define.</summary>
    private static string? DecodeAttribute(ReadOnlySpan<byte> raw)
    {
        if (!IsUtf8Text(raw))
        {
            return null;
        }

        if (raw.IndexOfAny(AttributeSpecialBytes) < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var length = DecodeInPlace(buffer.AsSpan(0, Encoding.UTF8.GetChars(raw, buffer)), attribute: true, entities: true);
            return length < 0 ? null : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes text or CDATA that <see cref="ScanText"/> has checked into a string (line ends become \n, references
    /// in text are expanded): in one copy when there is nothing to expand, else through a buffer on the stack.
    /// </summary>
    internal static string DecodeString(ReadOnlySpan<byte> raw, bool isCData, TextFacts facts)
    {
        if ((facts & (TextFacts.References | TextFacts.LineEnds)) == 0)
        {
            // ASCII needs only widening (Latin-1 decoding is exactly that), without UTF-8's counting pass
            return (facts & TextFacts.NonAscii) == 0 ? Encoding.Latin1.GetString(raw) : Encoding.UTF8.GetString(raw);
        }

        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            return new string(buffer[..DecodeChecked(raw, buffer, isCData, facts)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Rewrites decoded characters in place (the output never runs ahead of the input): line ends become \n
    /// (attribute whitespace becomes spaces) and references are expanded. The new length, or -1 for a reference
    /// XML does not define.
    /// </summary>
    private static int DecodeInPlace(Span<char> decoded, bool attribute, bool entities)
    {
        var read = 0;
        var length = 0;
        while (true)
        {
            read = attribute ? CopyRun(decoded, read, ref length, AttributeSpecials) : CopyTextRun(decoded, read, ref length, entities);
            if (read >= decoded.Length)
            {
                return length;
            }

            var c = decoded[read];
            var consumed = 1;
            if (c == '&' && PredefinedEntity(decoded[(read + 1)..], out var character) is > 0 and var entityLength)
            {
                decoded[length++] = character;
                consumed = entityLength + 1;
            }
            else if (c == '&')
            {
                var end = decoded[read..].IndexOf(';');
                if (end < 0 || !TryCharacterReference(decoded.Slice(read + 1, end - 1), decoded, ref length))
                {
                    return -1;
                }

                consumed = end + 1;
            }
            else if (c == '\r')
            {
                decoded[length++] = attribute ? ' ' : '\n';
                consumed = read + 1 < decoded.Length && decoded[read + 1] == '\n' ? 2 : 1;
            }
            else
            {
                decoded[length++] = attribute ? ' ' : c;
            }

            read += consumed;
        }
    }

    /// <summary>
    /// Moves text from <paramref name="read"/> down to <paramref name="write"/> up to the next '&amp;' (when
    /// references count) or '\r', and returns where that character is (or the end). Sixteen characters at a time
    /// while whole vectors can be stored without overwriting unread text (no gap yet, or a gap of sixteen or more):
    /// escaped HTML has a reference every few characters ("&amp;lt;p&amp;gt;"), too often for a search call and a
    /// copy call per run; hand-written because no library call both searches and moves.
    /// </summary>
    private static int CopyTextRun(Span<char> chars, int read, ref int write, bool entities)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            var stop = Vector256.Create(entities ? (ushort)'&' : (ushort)'\r');
            var lineEnd = Vector256.Create((ushort)'\r');
            while (read + Vector256<ushort>.Count <= chars.Length && (read == write || read - write >= Vector256<ushort>.Count))
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)read);
                block.StoreUnsafe(ref first, (nuint)write);
                var found = (Vector256.Equals(block, stop) | Vector256.Equals(block, lineEnd)).ExtractMostSignificantBits();
                if (found != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(found);
                    write += offset;
                    return read + offset;
                }

                read += Vector256<ushort>.Count;
                write += Vector256<ushort>.Count;
            }
        }

        return CopyRun(chars, read, ref write, entities ? TextSpecials : CDataSpecials);
    }

    /// <summary>As <see cref="CopyTextRun"/>, with one search and one copy: for attributes, and whatever vectors leave.</summary>
    private static int CopyRun(Span<char> chars, int read, ref int write, SearchValues<char> specials)
    {
        var rest = chars[read..];
        var special = rest.IndexOfAny(specials);
        var run = special < 0 ? rest.Length : special;
        rest[..run].CopyTo(chars[write..]);
        write += run;
        return read + run;
    }

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\r\n\t");
    private static readonly SearchValues<byte> AttributeSpecialBytes = SearchValues.Create("&\r\n\t"u8);
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&\r");
    private static readonly SearchValues<char> CDataSpecials = SearchValues.Create("\r");

    /// <summary>"lt;", "gt;", "amp;", "quot;" or "apos;" at the start of <paramref name="text"/>: its length, else 0.</summary>
    private static int PredefinedEntity(ReadOnlySpan<char> text, out char character)
    {
        (character, var length) = text switch
        {
            ['l', 't', ';', ..] => ('<', 3),
            ['g', 't', ';', ..] => ('>', 3),
            ['a', 'm', 'p', ';', ..] => ('&', 4),
            ['q', 'u', 'o', 't', ';', ..] => ('"', 5),
            ['a', 'p', 'o', 's', ';', ..] => ('\'', 5),
            _ => ('\0', 0),
        };
        return length;
    }

    private const uint LessThanEntity = 'l' | ('t' << 8) | (';' << 16);
    private const uint GreaterThanEntity = 'g' | ('t' << 8) | (';' << 16);
    private const uint AmpersandEntity = 'a' | ('m' << 8) | ('p' << 16) | ((uint)';' << 24);

    /// <summary>As <see cref="PredefinedEntity(ReadOnlySpan{char}, out char)"/>, on UTF-8 bytes: the entity's length, else 0.</summary>
    private static int PredefinedEntity(ReadOnlySpan<byte> text) => text switch
    {
        [(byte)'l', (byte)'t', (byte)';', ..] or [(byte)'g', (byte)'t', (byte)';', ..] => 3,
        [(byte)'a', (byte)'m', (byte)'p', (byte)';', ..] => 4,
        [(byte)'q', (byte)'u', (byte)'o', (byte)'t', (byte)';', ..] or [(byte)'a', (byte)'p', (byte)'o', (byte)'s', (byte)';', ..] => 5,
        _ => 0,
    };

    /// <summary>A character reference ("#65", "#x1F600"; the five named ones are <see cref="PredefinedEntity(ReadOnlySpan{char}, out char)"/>): written out, or false.</summary>
    private static bool TryCharacterReference(ReadOnlySpan<char> name, Span<char> buffer, ref int length)
    {
        if (name.Length < 2 || name[0] != '#' || length + 2 > buffer.Length)
        {
            return false;
        }

        var hex = name[1] == 'x';
        if (!int.TryParse(name[(hex ? 2 : 1)..], ReferenceStyle(hex), CultureInfo.InvariantCulture, out var code) || !IsReferenceCode(name.Length - (hex ? 2 : 1), code, out var rune))
        {
            return false;
        }

        length += rune.EncodeToUtf16(buffer[length..]);
        return true;
    }

    /// <summary>As <see cref="TryCharacterReference"/>, on UTF-8 bytes, without writing it out.</summary>
    private static bool IsCharacterReference(ReadOnlySpan<byte> name)
    {
        if (name.Length < 2 || name[0] != '#')
        {
            return false;
        }

        var hex = name[1] == 'x';
        return int.TryParse(name[(hex ? 2 : 1)..], ReferenceStyle(hex), CultureInfo.InvariantCulture, out var code) && IsReferenceCode(name.Length - (hex ? 2 : 1), code, out _);
    }

    private static NumberStyles ReferenceStyle(bool hex) => hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;

    /// <summary>A reference's code (of one to seven digits) names a character XML allows.</summary>
    private static bool IsReferenceCode(int digits, int code, out Rune rune)
    {
        rune = default;
        return digits is > 0 and <= 7 && Rune.TryCreate(code, out rune) && (code >= 0x20 || code is 0x9 or 0xA or 0xD);
    }
}
