namespace FeedHub.Core.Extraction;

/// <summary>
/// Keeps a page within a depth and an element budget before it is parsed, so a hostile page costs bounded time and
/// memory whatever its shape. AngleSharp's tree builder checks the open elements on every tag (the HTML parsing
/// algorithm's scope checks), so 100,000 nested divs took 49 s to parse; a page of a million tiny elements is a
/// million nodes for every later walk. Start tags that would open deeper than <see cref="MaxDepth"/> are dropped,
/// with their end tags, and their text kept in the element above (Blink's parser caps its tree at the same depth);
/// the page is cut before its element number <see cref="MaxElements"/>, as <see cref="OversizedPage"/> cuts it at
/// its character limit. A page within both budgets is returned as it is, without a copy.
/// </summary>
/// <remarks>
/// A scan of tags, not a parse: it tracks the elements that are closed by an end tag and ignores those whose end
/// tag is optional (p, li, td…), which the parser closes by itself, so an ordinary page never reaches the depth.
/// Hand-written because no HTML parser for .NET offers a depth or node limit, and the budget must hold before one runs.
/// </remarks>
internal static class MarkupBudget
{
    public const int MaxDepth = 512;

    public const int MaxElements = 200_000;

    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        // void elements
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        // elements whose end tag is optional, and the document's own
        "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
    };

    /// <summary>Elements whose content is text up to their end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "iframe", "noembed", "noframes", "plaintext", "script", "style", "textarea", "title", "xmp",
    };

    public static string Fit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var fitted = new Fitting(html);
        var open = new List<string>();
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        var elements = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0 && position + 1 < html.Length)
        {
            var start = position;
            var next = html[start + 1];
            if (next == '!')
            {
                position = html.AsSpan(start).StartsWith("<!--") ? After(html, "-->", start + 4) : After(html, ">", start);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? start + 2 : start + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                position = start + 1;
                continue;
            }

            var name = TagName(html, nameStart);
            var end = TagEnd(html, nameStart + name.Length);
            position = end;
            if (closing)
            {
                if (dropped.TryGetValue(name, out var deeper) && deeper > 0)
                {
                    dropped[name] = deeper - 1;
                    fitted.Drop(start, end);
                }
                else if (open.LastIndexOf(name) is var at and >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }

                continue;
            }

            if (++elements > MaxElements)
            {
                return fitted.CutAt(start);
            }

            if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                position = close < 0 ? html.Length : close;
            }
            else if (!Uncounted.Contains(name) && html[end - 2] != '/')
            {
                if (open.Count < MaxDepth)
                {
                    open.Add(name);
                }
                else
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    fitted.Drop(start, end);
                }
            }
        }

        return fitted.Result();
    }

    private static int After(string html, string terminator, int from)
    {
        var at = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }

    private static string TagName(string html, int from)
    {
        var end = from;
        while (end < html.Length && html[end] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            end++;
        }

        return html[from..end].ToLowerInvariant();
    }

    /// <summary>The index just past the tag's closing '>'; a quote opens a value only after '=', as in the HTML tokenizer.</summary>
    private static int TagEnd(string html, int from)
    {
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return html.Length;
                }

                i = close;
                afterEquals = false;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                afterEquals = false;
            }
        }

        return html.Length;
    }

    /// <summary>The page with its dropped tags left out, copied only once a tag is dropped.</summary>
    private sealed class Fitting(string html)
    {
        private System.Text.StringBuilder? kept;
        private int copied;

        public void Drop(int start, int end)
        {
            kept ??= new System.Text.StringBuilder(html.Length);
            kept.Append(html, copied, start - copied);
            copied = end;
        }

        public string CutAt(int start)
        {
            Drop(start, html.Length);
            return kept!.ToString();
        }

        public string Result() => kept is null ? html : kept.Append(html, copied, html.Length - copied).ToString();
    }
}
