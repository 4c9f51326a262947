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
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement { LocalName: "pre" } pre:
                    Flush(blocks, current);
                    var code = pre.TextContent.Trim('\n', '\r');
                    if (code.Trim().Length > 0)
                    {
                        blocks.Add(code);
                    }

                    break;
                case IElement { LocalName: "br" }:
                    current.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Walk(cell, blocks, current);
                    current.Append('\t');
                    break;
                case IElement element when BlockNames.Contains(element.LocalName):
                    Flush(blocks, current);
                    Walk(element, blocks, current);
                    Flush(blocks, current);
                    break;
                case IElement element:
                    Walk(element, blocks, current);
                    break;
            }
        }
    }

    /// <summary>
    /// Ends the current block: each line (from a br) trimmed with its white space folded, empty lines dropped.
    /// One pass over the builder's chunks; most flushes are of nothing, between two adjacent blocks.
    /// </summary>
    private static void Flush(List<string> blocks, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var block = new StringBuilder(current.Length);
        var (pendingSpace, pendingLine) = (false, false);
        foreach (var chunk in current.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    (pendingSpace, pendingLine) = (false, block.Length > 0);
                }
                else if (char.IsWhiteSpace(c))
                {
                    pendingSpace = block.Length > 0 && !pendingLine;
                }
                else
                {
                    block.Append(pendingLine ? "\n" : pendingSpace ? " " : string.Empty).Append(c);
                    (pendingSpace, pendingLine) = (false, false);
                }
            }
        }

        if (block.Length > 0)
        {
            blocks.Add(block.ToString());
        }

        current.Clear();
    }
}
