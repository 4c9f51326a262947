using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Puts the HTML that feeds carry as escaped text into the same canonical form <see cref="XhtmlSerializer"/> writes,
/// so an item reads the same whichever way its feed chose to embed markup: attributes sorted and double-quoted,
/// void elements as "&lt;br /&gt;" (their end tags dropped), SVG and MathML given their xmlns, "&amp;#X41;" as
/// "&amp;#x41;", numeric references to C1 controls as the windows-1252 characters they stand for, and a '&lt;' that
/// opens no tag, comment or declaration escaped as text. As in the HTML tokenizer, a self-closing slash on a non-void
/// element is dropped. Comments, declarations and script/style text pass through unchanged.
/// Hand-written: it is one linear scan over the tag syntax only, and it allocates nothing but its result (not even that
/// for a canonical string); a full HTML parser (AngleSharp) would rebuild the tree and re-encode text, at many times the cost, on
/// every item of every feed.
/// </summary>
internal static class HtmlNormalizer
{
    public static string? Normalize(string? html) => html is null ? null : Normalize(html, 0, html.Length, default);

    /// <summary>
    /// Normalizes html[start..end], resolving relative URLs against <paramref name="urlBase"/> when it is set;
    /// returns <paramref name="html"/> itself when that is the whole string and nothing changes.
    /// </summary>
    public static string Normalize(string html, int start, int end, UrlBase urlBase)
    {
        var writer = new Rewriter(html.AsSpan(start, end - start), urlBase);
        Rewrite(ref writer);
        return writer.Changed ? writer.Finish() : start == 0 && end == html.Length ? html : html[start..end];
    }

    /// <summary>As <see cref="Normalize(string, int, int, UrlBase)"/>, for HTML decoded into a buffer: one string is made.</summary>
    public static string Normalize(ReadOnlySpan<char> html, UrlBase urlBase)
    {
        var writer = new Rewriter(html, urlBase);
        Rewrite(ref writer);
        return writer.Changed ? writer.Finish() : new string(html);
    }

    private static void Rewrite(ref Rewriter writer)
    {
        var html = writer.Source;
        var foreignDepth = 0;
        var i = 0;
        while (true)
        {
            var next = NextMarkup(html, i);
            if (next < 0)
            {
                break;
            }

            i = Math.Min(html.Length, html[next] == '&' ? NumericReference(ref writer, next) : Markup(ref writer, next, ref foreignDepth));
        }
    }

    /// <summary>
    /// The index of the next '&lt;' or '&amp;' from <paramref name="from"/>, or -1. Sixteen characters at a time in
    /// line: feed HTML has a tag every few words, often nearer than a search call pays for its start.
    /// </summary>
    internal static int NextMarkup(ReadOnlySpan<char> html, int from)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(html));
            var lt = Vector256.Create((ushort)'<');
            var amp = Vector256.Create((ushort)'&');
            for (; from + Vector256<ushort>.Count <= html.Length; from += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)from);
                var found = (Vector256.Equals(block, lt) | Vector256.Equals(block, amp)).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return from + BitOperations.TrailingZeroCount(found);
                }
            }
        }

        var rest = html[from..].IndexOfAny('<', '&');
        return rest < 0 ? -1 : from + rest;
    }

    /// <summary>Handles the markup that starts at <paramref name="lt"/> and returns the index after it.</summary>
    private static int Markup(ref Rewriter writer, int lt, ref int foreignDepth)
    {
        var html = writer.Source;
        if (foreignDepth == 0 && PlainTagEnd(html, lt, writer.UrlBase) is > 0 and var plainEnd)
        {
            return plainEnd;
        }

        var rest = html[lt..];
        if (rest.StartsWith("<!--"))
        {
            return SkipPast(html, lt + 4, "-->");
        }

        if (rest.StartsWith("<![CDATA[") || (rest.Length > 2 && rest[1] == '!' && char.IsAsciiLetter(rest[2])) || rest.StartsWith("<?"))
        {
            return SkipPast(html, lt + 2, ">");
        }

        if (!HtmlTagScanner.TryRead(html, lt, out var tag))
        {
            writer.Replace(lt, lt + 1, "&lt;");
            return lt + 1;
        }

        var canonical = CanonicalTag(html, tag, ref foreignDepth, writer.UrlBase);
        if (!html[lt..tag.End].SequenceEqual(canonical))
        {
            writer.Replace(lt, tag.End, canonical);
        }

        if (tag.IsEnd || tag.SelfClosing || !HtmlVocabulary.IsRawText(tag.Name(html)))
        {
            return tag.End;
        }

        var end = IndexOfEndTag(html, tag.End, tag.Name(html));
        return end < 0 ? html.Length : end; // script and style text is kept as written
    }

    /// <summary>
    /// The end of a start or end tag that is canonical as written and needs no more thought, "&lt;p&gt;",
    /// "&lt;/em&gt;", "&lt;br /&gt;" or "&lt;a href="https://x/" title="t"&gt;" (lower-case names, attributes
    /// double-quoted, one space before each and in sorted order, no relative URL, the right ending, not raw text or
    /// foreign); 0 for any other markup. Most tags in feed HTML are like this, and this spares reading them as tags;
    /// the rest are read and written in canonical form, which gives these the same result.
    /// </summary>
    private static int PlainTagEnd(ReadOnlySpan<char> html, int lt, UrlBase urlBase)
    {
        var isEnd = lt + 1 < html.Length && html[lt + 1] == '/';
        var nameStart = isEnd ? lt + 2 : lt + 1;
        var i = LowerNameEnd(html, nameStart);
        var name = html[nameStart..i];
        var isVoid = HtmlVocabulary.IsVoid(name);
        if (name.IsEmpty || name is "script" or "style" or "svg" or "math" || (isEnd && isVoid))
        {
            return 0; // raw text, foreign content and the end tag of a void element are not plain
        }

        ReadOnlySpan<char> previous = [];
        while (!isEnd && html[i..] is [' ', not '/', ..])
        {
            var attributeStart = i + 1;
            var attributeEnd = LowerNameEnd(html, attributeStart);
            var attribute = html[attributeStart..attributeEnd];
            if (attribute.IsEmpty || attributeEnd + 2 > html.Length || html[attributeEnd] != '=' || html[attributeEnd + 1] != '"'
                || previous.SequenceCompareTo(attribute) >= 0)
            {
                return 0;
            }

            var valueStart = attributeEnd + 2;
            var valueLength = html[valueStart..].IndexOf('"');
            if (valueLength < 0 || (UrlBase.IsUrlAttributeLower(attribute) && urlBase.IsRelative(html.Slice(valueStart, valueLength))))
            {
                return 0;
            }

            previous = attribute;
            i = valueStart + valueLength + 1;
        }

        return isVoid
            ? html[i..].StartsWith(" />") ? i + 3 : 0
            : i < html.Length && html[i] == '>' ? i + 1 : 0;
    }

    /// <summary>The end of a run of lower-case letters, digits and hyphens that starts with a letter.</summary>
    private static int LowerNameEnd(ReadOnlySpan<char> html, int start)
    {
        var i = start;
        while (i < html.Length && (char.IsAsciiLetterLower(html[i]) || (i > start && (char.IsAsciiDigit(html[i]) || html[i] == '-'))))
        {
            i++;
        }

        return i;
    }

    private static int IndexOfEndTag(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        var rest = html[from..];
        while (true)
        {
            var at = rest.IndexOf("</", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (rest[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return html.Length - rest.Length + at;
            }

            rest = rest[(at + 2)..];
        }
    }

    private static ReadOnlySpan<char> CanonicalTag(ReadOnlySpan<char> html, in HtmlTagScanner.Tag tag, ref int foreignDepth, UrlBase urlBase)
    {
        var name = tag.Name(html);
        var isVoid = foreignDepth == 0 && HtmlVocabulary.IsVoid(name);
        var isForeignRoot = name is "svg" or "math";
        var output = CanonicalBuffer.Get();
        if (tag.IsEnd)
        {
            foreignDepth = isForeignRoot && foreignDepth > 0 ? foreignDepth - 1 : foreignDepth;
            return isVoid ? [] : output.Append("</").Append(name).Append('>').Span;
        }

        output.Append('<').Append(name);
        var order = tag.SortedAttributes(html);
        var xmlns = isForeignRoot && foreignDepth == 0 && !tag.HasAttribute(html, "xmlns")
            ? (name is "svg" ? FeedNamespaces.Svg : FeedNamespaces.MathMl)
            : null;
        var xlink = !tag.HasAttribute(html, "xmlns:xlink") && tag.HasAttributePrefix(html, "xlink:");
        foreach (var index in order)
        {
            var attribute = tag.Attributes[index];
            var attributeName = attribute.Name(html);
            WriteExtra(output, ref xmlns, "xmlns", attributeName);
            if (xlink && attributeName.SequenceCompareTo("xmlns:xlink") > 0)
            {
                output.Append(" xmlns:xlink=\"").Append(FeedNamespaces.XLink).Append('"');
                xlink = false;
            }

            output.Append(' ').Append(attributeName);
            if (attribute.HasValue)
            {
                var value = attribute.Value(html);
                var resolved = UrlBase.IsUrlAttribute(attributeName) && urlBase.IsRelative(value) ? urlBase.Resolve(value.ToString()).AsSpan() : value;
                output.Append("=\"").AppendEscapedQuotes(resolved).Append('"');
            }
        }

        WriteExtra(output, ref xmlns, "xmlns", []);
        if (xlink)
        {
            output.Append(" xmlns:xlink=\"").Append(FeedNamespaces.XLink).Append('"');
        }

        foreignDepth += isForeignRoot && !tag.SelfClosing ? 1 : 0;
        return output.Append(isVoid ? " />" : ">").Span;
    }

    /// <summary>Writes a generated attribute at its sorted place: before <paramref name="next"/> (or at the end when empty).</summary>
    private static void WriteExtra(CanonicalBuffer output, ref string? value, string name, ReadOnlySpan<char> next)
    {
        if (value is not null && (next.IsEmpty || next.SequenceCompareTo(name) > 0))
        {
            output.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
            value = null;
        }
    }

    /// <summary>Rewrites "&amp;#X41;" to "&amp;#x41;" and C1 code points to windows-1252; returns the index after the reference.</summary>
    private static int NumericReference(ref Rewriter writer, int amp)
    {
        var text = writer.Source[amp..];
        if (text.Length < 3 || text[1] != '#')
        {
            return amp + 1;
        }

        var hex = text[2] is 'x' or 'X';
        var digitsStart = hex ? 3 : 2;
        var end = digitsStart;
        while (end < text.Length && end - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        if (end == digitsStart || !int.TryParse(text[digitsStart..end], hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return amp + 2;
        }

        var length = end + (end < text.Length && text[end] == ';' ? 1 : 0);
        var isC1 = code is >= 0x80 and <= 0x9F;
        if (isC1 || text[2] == 'X')
        {
            code = isC1 ? Windows1252Repair.Map((char)code) : code;
            writer.Replace(amp, amp + length, "&#x" + code.ToString("x", CultureInfo.InvariantCulture) + ";");
        }

        return amp + length;
    }

    private static int SkipPast(ReadOnlySpan<char> html, int from, string terminator)
    {
        var end = html[from..].IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? html.Length : from + end + terminator.Length;
    }

    /// <summary>
    /// Collects the replacements (in a per-thread buffer, nothing allocated per call) and then writes the result
    /// straight into its string: the unchanged text is copied once.
    /// </summary>
    private ref struct Rewriter
    {
        public readonly ReadOnlySpan<char> Source;
        public readonly UrlBase UrlBase;
        private readonly Edits edits;

        public Rewriter(ReadOnlySpan<char> source, UrlBase urlBase)
        {
            Source = source;
            UrlBase = urlBase;
            edits = Edits.Get();
        }

        public readonly bool Changed => edits.Count > 0;

        public readonly void Replace(int from, int to, scoped ReadOnlySpan<char> replacement) => edits.Add(from, to, replacement);

        /// <summary>The rewritten text (only after a replacement).</summary>
        public readonly string Finish() => string.Create(Source.Length + edits.Growth, this, static (target, writer) => writer.CopyTo(target));

        private readonly void CopyTo(Span<char> target)
        {
            var copied = 0;
            for (var i = 0; i < edits.Count; i++)
            {
                var (from, to) = edits.Range(i);
                var replacement = edits.Text(i);
                Source[copied..from].CopyTo(target);
                target = target[(from - copied)..];
                replacement.CopyTo(target);
                target = target[replacement.Length..];
                copied = to;
            }

            Source[copied..].CopyTo(target);
        }
    }

    /// <summary>The replacements of one normalization, in source order: ranges of the source and their new text.</summary>
    private sealed class Edits
    {
        [ThreadStatic]
        private static Edits? current;

        private (int From, int To, int TextStart, int TextLength)[] ranges = new (int, int, int, int)[16];
        private char[] text = new char[1024];
        private int textLength;

        public int Count { get; private set; }

        /// <summary>How many characters the replacements add in all (negative when they remove more).</summary>
        public int Growth { get; private set; }

        public (int From, int To) Range(int index) => (ranges[index].From, ranges[index].To);

        public ReadOnlySpan<char> Text(int index) => text.AsSpan(ranges[index].TextStart, ranges[index].TextLength);

        /// <summary>The thread's edit list, emptied; one that a huge document grew is dropped rather than kept for good.</summary>
        public static Edits Get()
        {
            if (current is null || current.ranges.Length > 4096 || current.text.Length > 1 << 16)
            {
                current = new Edits();
            }

            current.Count = current.textLength = current.Growth = 0;
            return current;
        }

        public void Add(int from, int to, ReadOnlySpan<char> replacement)
        {
            if (Count == ranges.Length)
            {
                Array.Resize(ref ranges, Count * 2);
            }

            if (textLength + replacement.Length > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, textLength + replacement.Length));
            }

            replacement.CopyTo(text.AsSpan(textLength));
            ranges[Count++] = (from, to, textLength, replacement.Length);
            textLength += replacement.Length;
            Growth += replacement.Length - (to - from);
        }
    }
}
