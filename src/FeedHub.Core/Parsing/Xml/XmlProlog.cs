namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Finds the parts of an XML prolog (declaration, comments, processing instructions, DOCTYPE) and where the
/// root element starts, without parsing anything: the repairs that run before a real parser need these positions.
/// </summary>
internal static class XmlProlog
{
    /// <summary>The index of the root element's '&lt;', or -1 when there is none.</summary>
    public static int RootStart(string text) => Scan(text).Root;

    /// <summary>The DOCTYPE declaration's start and length (0 when absent).</summary>
    public static (int Start, int Length) Doctype(string text) => Scan(text).Doctype;

    private static ((int Start, int Length) Doctype, int Root) Scan(string text)
    {
        var doctype = (0, 0);
        var i = 0;
        while (true)
        {
            i = text.IndexOf('<', i);
            if (i < 0 || i + 1 >= text.Length)
            {
                return (doctype, -1);
            }

            var span = text.AsSpan(i);
            if (span.StartsWith("<?"))
            {
                i = SkipPast(text, i, "?>");
            }
            else if (span.StartsWith("<!--"))
            {
                i = SkipPast(text, i + 4, "-->");
            }
            else if (span.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                var end = DoctypeEnd(text, i);
                doctype = (i, end - i);
                i = end;
            }
            else if (span.StartsWith("<!"))
            {
                i = SkipPast(text, i, ">");
            }
            else
            {
                return (doctype, i);
            }

            if (i < 0)
            {
                return (doctype, -1);
            }
        }
    }

    private static int SkipPast(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? -1 : end + terminator.Length;
    }

    /// <summary>The index just past a DOCTYPE, stepping over an internal subset in brackets and quoted literals.</summary>
    private static int DoctypeEnd(string text, int start)
    {
        var depth = 0;
        char quote = default;
        for (var i = start + 2; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != default)
            {
                quote = c == quote ? default : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == '>' && depth <= 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
