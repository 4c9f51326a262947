using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// The last resort when no scored candidate holds the article: the largest run of text-dense blocks in document
/// order (jusText's and boilerpipe's idea). A block is dense when it has some length and few links; a run may bridge
/// two short blocks (a subheading, a caption) but not a link list. Nothing in it depends on names or structure, so it
/// finds prose where every container is named like chrome or the markup is flat.
/// </summary>
internal static class DensityBaseline
{
    private static readonly HashSet<string> Blocks = ["p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "td", "dd", "div", "section", "article", "figcaption"];
    private const int DenseLength = 60;
    private const double DenseLinks = 0.3;
    private const int MaxBridge = 2;

    /// <summary>The run as a new container of the blocks (moved out of the page), or an empty container.</summary>
    public static IElement Find(IDocument document, IElement? body, TextStats stats)
    {
        var container = document.CreateElement("div");
        if (body is null)
        {
            return container;
        }

        var blocks = DomWalk.Descendants(body, e => Blocks.Contains(e.LocalName) && !ContentScorer.HasBlockChildren(e));
        var (bestStart, bestEnd, bestLength) = (0, -1, 0);
        var (start, length, bridge) = (-1, 0, 0);
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = stats.TextLength(blocks[i]);
            if (text >= DenseLength && stats.LinkDensity(blocks[i]) < DenseLinks)
            {
                start = start < 0 ? i : start;
                length += text;
                bridge = 0;
                if (length > bestLength)
                {
                    (bestStart, bestEnd, bestLength) = (start, i, length);
                }
            }
            else if (start >= 0 && text > 0 && (++bridge > MaxBridge || stats.LinkDensity(blocks[i]) >= 0.5))
            {
                (start, length, bridge) = (-1, 0, 0);
            }
        }

        for (var i = bestStart; i <= bestEnd; i++)
        {
            if (!blocks[i].Ancestors<IElement>().Any(a => container.Contains(a)))
            {
                container.AppendChild(blocks[i]);
            }
        }

        return container;
    }
}
