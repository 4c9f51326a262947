using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Renders cleaned article HTML as plain text: one block per paragraph, heading, list item, table row or
/// code block, with a blank line between blocks; white space inside a block is folded, except in pre.
/// </summary>
internal static class TextRenderer
{
    private static readonly HashSet<string> BlockNames =
    [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
        "pre", "hr", "address", "details", "summary", "caption",
    ];

    /// <summary>
    /// What a br leaves in the block being built. Not '\n': a line break in the page's source text is white space
    /// like any other and is folded, while a br ends a line of the text.
    /// </summary>
    private const char LineBreak = '\u2028';

    public static string Render(INode root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, blocks, current);
        Flush(blocks, current);
        return string.Join("\n\n", blocks);
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is not Element element)
            {
                if (child is IText text)
                {
                    current.Append(text.Data);
                }

                continue;
            }

            switch (element.LocalName)
            {
                case "pre":
                    Flush(blocks, current);
                    var code = PreformattedText(element).Trim('\n', '\r');
                    if (!string.IsNullOrWhiteSpace(code))
                    {
                        blocks.Add(code);
                    }

                    break;
                case "br":
                    current.Append(LineBreak);
                    break;
                case "td" or "th":
                    Walk(element, blocks, current);
                    current.Append('\t');
                    break;
                case var name when BlockNames.Contains(name):
                    Flush(blocks, current);
                    Walk(element, blocks, current);
                    Flush(blocks, current);
                    break;
                default:
                    Walk(element, blocks, current);
                    break;
            }
        }
    }

    /// <summary>
    /// A pre's text as written, with each br as a line break: highlighters (Prism in Docusaurus, for one) end every
    /// line of a code block with a br instead of a newline.
    /// </summary>
    private static string PreformattedText(IElement pre)
    {
        var text = new StringBuilder();
        var stack = new Stack<(INodeList Nodes, int Index)>();
        var (nodes, index) = (((INode)pre).ChildNodes, 0);
        while (true)
        {
            if (index >= nodes.Length)
            {
                if (stack.Count == 0)
                {
                    return text.ToString();
                }

                (nodes, index) = stack.Pop();
                continue;
            }

            switch (nodes[index++])
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case Element { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case Element { HasChildNodes: true } element:
                    stack.Push((nodes, index));
                    (nodes, index) = (((INode)element).ChildNodes, 0);
                    break;
            }
        }
    }

    /// <summary>
    /// Ends the current block: each line (from a br) trimmed with its white space folded, empty lines dropped.
    /// One pass over the builder's chunks into a pooled buffer; most flushes are of nothing, between two adjacent blocks.
    /// </summary>
    private static void Flush(List<string> blocks, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(current.Length);
        var length = 0;
        var (pendingSpace, pendingLine) = (false, false);
        foreach (var chunk in current.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == LineBreak)
                {
                    (pendingSpace, pendingLine) = (false, length > 0);
                }
                else if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0 && !pendingLine;
                }
                else
                {
                    if (pendingLine || pendingSpace)
                    {
                        buffer[length++] = pendingLine ? '\n' : ' ';
                        (pendingSpace, pendingLine) = (false, false);
                    }

                    buffer[length++] = c;
                }
            }
        }

        if (length > 0)
        {
            blocks.Add(new string(buffer, 0, length));
        }

        ArrayPool<char>.Shared.Return(buffer);
        current.Clear();
    }
}
