namespace FeedHub.Core.Parsing.Markup;

/// <summary>One start or end tag read from HTML text: its name, attributes in source order, and where it ends.</summary>
internal sealed class HtmlTag
{
    private HtmlTag(string name, bool isEnd)
    {
        Name = name;
        IsEnd = isEnd;
    }

    public string Name { get; }

    public bool IsEnd { get; }

    public bool SelfClosing { get; private set; }

    public List<(string Name, string? Value)> Attributes { get; } = [];

    /// <summary>The index just past the tag's '&gt;'.</summary>
    public int End { get; private set; }

    /// <summary>Reads the tag at <paramref name="lt"/>; false when the '&lt;' does not open a tag.</summary>
    public static bool TryRead(string html, int lt, out HtmlTag tag)
    {
        tag = null!;
        var i = lt + 1;
        var isEnd = i < html.Length && html[i] == '/';
        i += isEnd ? 1 : 0;
        if (i >= html.Length || !char.IsAsciiLetter(html[i]))
        {
            return false;
        }

        var nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        tag = new HtmlTag(html[nameStart..i], isEnd);
        return tag.ReadAttributes(html, i);
    }

    private bool ReadAttributes(string html, int i)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                End = i + 1;
                return true;
            }

            if (c == '/' || char.IsWhiteSpace(c))
            {
                SelfClosing = c == '/';
                i++;
                continue;
            }

            SelfClosing = false;
            i = ReadAttribute(html, i);
        }

        return false; // no closing '>': not a tag, the '<' is text
    }

    private int ReadAttribute(string html, int i)
    {
        var nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
        {
            i++;
        }

        var name = html[nameStart..i];
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '=')
        {
            Attributes.Add((name, null));
            return i;
        }

        i++;
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        if (i < html.Length && html[i] is '"' or '\'')
        {
            var quote = html[i];
            var close = html.IndexOf(quote, i + 1);
            close = close < 0 ? html.Length : close;
            Attributes.Add((name, html[(i + 1)..close]));
            return Math.Min(close + 1, html.Length);
        }

        var valueStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        Attributes.Add((name, html[valueStart..i]));
        return i;
    }
}
