using System.Globalization;
using System.Text;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Puts the HTML that feeds carry as escaped text into the same canonical form <see cref="XhtmlSerializer"/> writes,
/// so an item reads the same whichever way its feed chose to embed markup: attributes sorted and double-quoted,
/// void elements as "&lt;br /&gt;" (their end tags dropped), SVG and MathML given their xmlns, "&amp;#X41;" as
/// "&amp;#x41;", and a '&lt;' that opens no tag, comment or declaration escaped as text. As in the HTML tokenizer,
/// a self-closing slash on a non-void element is dropped. Comments, declarations and script/style text pass through.
/// Hand-written: it is one linear scan over the tag syntax only; a full HTML parser (AngleSharp) would rebuild the
/// tree, reorder and re-encode text and cost several times more on every item of every feed.
/// </summary>
internal static class HtmlNormalizer
{
    public static string? Normalize(string? html)
    {
        if (html is null || (html.IndexOf('<') < 0 && !html.Contains("&#", StringComparison.Ordinal)))
        {
            return html;
        }

        var builder = new StringBuilder(html.Length + 16);
        var foreignDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            AppendText(builder, html, i, (lt < 0 ? html.Length : lt) - i);
            if (lt < 0)
            {
                break;
            }

            i = Markup(builder, html, lt, ref foreignDepth);
        }

        return builder.ToString();
    }

    /// <summary>Writes the markup that starts at <paramref name="lt"/> and returns the index after it.</summary>
    private static int Markup(StringBuilder builder, string html, int lt, ref int foreignDepth)
    {
        var rest = html.AsSpan(lt);
        if (rest.StartsWith("<!--"))
        {
            return PassThrough(builder, html, lt, "-->");
        }

        if (rest.StartsWith("<![CDATA[") || (rest.StartsWith("<!") && rest.Length > 2 && char.IsAsciiLetter(rest[2])) || rest.StartsWith("<?"))
        {
            return PassThrough(builder, html, lt, ">");
        }

        if (HtmlTag.TryRead(html, lt, out var tag))
        {
            WriteTag(builder, tag, ref foreignDepth);
            return tag.IsEnd || tag.SelfClosing || !HtmlVocabulary.IsRawText(tag.Name) ? tag.End : RawText(builder, html, tag);
        }

        builder.Append("&lt;");
        return lt + 1;
    }

    private static void WriteTag(StringBuilder builder, HtmlTag tag, ref int foreignDepth)
    {
        var isVoid = foreignDepth == 0 && HtmlVocabulary.IsVoid(tag.Name);
        var isForeignRoot = tag.Name is "svg" or "math";
        if (tag.IsEnd)
        {
            foreignDepth = isForeignRoot && foreignDepth > 0 ? foreignDepth - 1 : foreignDepth;
            if (!isVoid)
            {
                builder.Append("</").Append(tag.Name).Append('>');
            }

            return;
        }

        var attributes = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in tag.Attributes)
        {
            attributes.TryAdd(name, value);
        }

        if (isForeignRoot && foreignDepth == 0)
        {
            attributes.TryAdd("xmlns", tag.Name == "svg" ? FeedNamespaces.Svg : FeedNamespaces.MathMl);
        }

        if (attributes.Keys.Any(k => k.StartsWith("xlink:", StringComparison.Ordinal)))
        {
            attributes.TryAdd("xmlns:xlink", FeedNamespaces.XLink);
        }

        builder.Append('<').Append(tag.Name);
        foreach (var (name, value) in attributes)
        {
            builder.Append(' ').Append(name);
            if (value is not null)
            {
                builder.Append("=\"").Append(value.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
            }
        }

        builder.Append(isVoid ? " />" : ">");
        foreignDepth += isForeignRoot && !tag.SelfClosing ? 1 : 0;
    }

    /// <summary>Script and style content is copied unchanged up to its end tag.</summary>
    private static int RawText(StringBuilder builder, string html, HtmlTag tag)
    {
        var end = html.IndexOf("</" + tag.Name, tag.End, StringComparison.OrdinalIgnoreCase);
        end = end < 0 ? html.Length : end;
        builder.Append(html, tag.End, end - tag.End);
        return end;
    }

    private static int PassThrough(StringBuilder builder, string html, int start, string terminator)
    {
        var end = html.IndexOf(terminator, start + 2, StringComparison.Ordinal);
        end = end < 0 ? html.Length : end + terminator.Length;
        builder.Append(html, start, end - start);
        return end;
    }

    /// <summary>Copies text, rewriting numeric references: "&amp;#X41;" as "&amp;#x41;", and C1 code points as their windows-1252 characters.</summary>
    private static void AppendText(StringBuilder builder, string html, int start, int length)
    {
        var text = html.AsSpan(start, length);
        var amp = text.IndexOf("&#");
        while (amp >= 0)
        {
            builder.Append(text[..amp]);
            text = text[amp..];
            var consumed = NumericReference(builder, text);
            text = text[consumed..];
            amp = text.IndexOf("&#");
        }

        builder.Append(text);
    }

    private static int NumericReference(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var hex = text.Length > 2 && text[2] is 'x' or 'X';
        var digitsStart = hex ? 3 : 2;
        var end = digitsStart;
        while (end < text.Length && end - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        if (end == digitsStart || !int.TryParse(text[digitsStart..end], hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            builder.Append("&#");
            return 2;
        }

        var semicolon = end < text.Length && text[end] == ';' ? 1 : 0;
        if (code is >= 0x80 and <= 0x9F)
        {
            code = Windows1252Repair.Map((char)code);
        }
        else if (!hex || text[2] == 'x')
        {
            builder.Append(text[..(end + semicolon)]);
            return end + semicolon;
        }

        builder.Append("&#x").Append(code.ToString("x", CultureInfo.InvariantCulture)).Append(';');
        return end + semicolon;
    }
}
