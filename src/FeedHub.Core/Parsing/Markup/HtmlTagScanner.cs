namespace FeedHub.Core.Parsing.Markup;

/// <summary>Reads one start or end tag from HTML text as ranges into the text, without allocating.</summary>
internal static class HtmlTagScanner
{
    /// <summary>One attribute as ranges into the source text.</summary>
    internal readonly record struct AttributeRange(int NameStart, int NameLength, int ValueStart, int ValueLength)
    {
        public bool HasValue => ValueStart >= 0;

        public ReadOnlySpan<char> Name(ReadOnlySpan<char> html) => html.Slice(NameStart, NameLength);

        public ReadOnlySpan<char> Value(ReadOnlySpan<char> html) => html.Slice(ValueStart, ValueLength);
    }

    /// <summary>A tag: its name range, whether it is an end tag or self-closed, its attributes, and where it ends.</summary>
    internal readonly struct Tag(int nameStart, int nameLength, bool isEnd, bool selfClosing, int end, List<AttributeRange> attributes)
    {
        public bool IsEnd => isEnd;

        /// <summary>The index just past the tag's name.</summary>
        public int NameEnd => nameStart + nameLength;

        public bool SelfClosing => selfClosing;

        /// <summary>The index just past the tag's '&gt;'.</summary>
        public int End => end;

        /// <summary>The attributes in source order (a per-thread list, valid until the next tag is read).</summary>
        public List<AttributeRange> Attributes => attributes;

        public ReadOnlySpan<char> Name(ReadOnlySpan<char> html) => html.Slice(nameStart, nameLength);

        public bool HasAttribute(ReadOnlySpan<char> html, string name)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name(html).SequenceEqual(name))
                {
                    return true;
                }
            }

            return false;
        }

        public bool HasAttributePrefix(ReadOnlySpan<char> html, string prefix)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name(html).StartsWith(prefix))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Attribute indexes ordered by name (ordinal); of repeated names only the first is kept.</summary>
        public List<int> SortedAttributes(ReadOnlySpan<char> html)
        {
            var order = SortedOrder ??= [];
            order.Clear();
            for (var i = 0; i < attributes.Count; i++)
            {
                var name = attributes[i].Name(html);
                var at = order.Count;
                while (at > 0 && attributes[order[at - 1]].Name(html).SequenceCompareTo(name) > 0)
                {
                    at--;
                }

                if (at == 0 || !attributes[order[at - 1]].Name(html).SequenceEqual(name))
                {
                    order.Insert(at, i);
                }
            }

            return order;
        }
    }

    [ThreadStatic]
    private static List<AttributeRange>? attributeBuffer;

    [ThreadStatic]
    private static List<int>? SortedOrder;

    /// <summary>Reads the tag at <paramref name="lt"/>; false when the '&lt;' does not open a tag (then it is text).</summary>
    public static bool TryRead(ReadOnlySpan<char> html, int lt, out Tag tag)
    {
        tag = default;
        var i = lt + 1;
        var isEnd = i < html.Length && html[i] == '/';
        i += isEnd ? 1 : 0;
        if (i >= html.Length || !char.IsAsciiLetter(html[i]))
        {
            return false;
        }

        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var attributes = attributeBuffer ??= [];
        attributes.Clear();
        var nameLength = i - nameStart;
        var selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                tag = new Tag(nameStart, nameLength, isEnd, selfClosing, i + 1, attributes);
                return true;
            }

            if (c == '/' || IsSpace(c))
            {
                selfClosing = c == '/';
                i++;
                continue;
            }

            selfClosing = false;
            i = ReadAttribute(html, i, attributes);
        }

        return false; // no closing '>': not a tag
    }

    /// <summary>HTML's whitespace (space, tab, LF, FF, CR): ASCII only, cheaper than char.IsWhiteSpace.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static int ReadAttribute(ReadOnlySpan<char> html, int i, List<AttributeRange> attributes)
    {
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
        {
            i++;
        }

        var nameLength = i - nameStart;
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '=')
        {
            attributes.Add(new AttributeRange(nameStart, nameLength, -1, 0));
            return i;
        }

        i++;
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i < html.Length && html[i] is '"' or '\'')
        {
            var close = html[(i + 1)..].IndexOf(html[i]);
            close = close < 0 ? html.Length : close + i + 1;
            attributes.Add(new AttributeRange(nameStart, nameLength, i + 1, close - i - 1));
            return Math.Min(close + 1, html.Length);
        }

        var valueStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        attributes.Add(new AttributeRange(nameStart, nameLength, valueStart, i - valueStart));
        return i;
    }
}
