using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Wraps text that sits loose in a container (forum posts, old table layouts, hand-written pages that separate
/// paragraphs with &lt;br&gt;&lt;br&gt;) into &lt;p&gt; elements, so that it is scored and rendered like any other
/// paragraph. A run of inline content ends at a block element or at two consecutive line breaks.
/// </summary>
internal static class LooseParagraphs
{
    private static readonly HashSet<string> Containers = ["div", "section", "td", "article", "main", "dd", "li", "font", "center", "span"];

    /// <summary>Whether the element is of a kind that may hold loose text (the candidates <see cref="Wrap(IDocument, IEnumerable{IElement})"/> takes).</summary>
    public static bool IsContainer(IElement element) => Containers.Contains(element.LocalName);

    /// <summary>Wraps the loose text of the given containers (in document order), all judged before any is changed.</summary>
    public static void Wrap(IDocument document, IEnumerable<IElement> containers)
    {
        foreach (var container in containers.Where(HasLooseText).ToList())
        {
            WrapRuns(document, container);
        }
    }

    /// <summary>Loose text next to block children, or a text broken by &lt;br&gt;&lt;br&gt;.</summary>
    private static bool HasLooseText(IElement element)
    {
        var nodes = element.ChildNodes;
        var hasText = false;
        for (var i = 0; i < nodes.Length && !hasText; i++)
        {
            hasText = nodes[i] is IText t && !string.IsNullOrWhiteSpace(t.Data);
        }

        return hasText && (ContentScorer.HasBlockChildren(element) || HasDoubleBreak(element));
    }

    private static bool HasDoubleBreak(IElement element) =>
        DomWalk.ChildElements(element).Any(c => c.LocalName == "br" && NextElementSkippingWhitespace(c) is { LocalName: "br" });

    private static void WrapRuns(IDocument document, IElement container)
    {
        var run = new List<INode>();
        foreach (var node in container.ChildNodes.ToList())
        {
            if (node is IElement { LocalName: "br" } br && NextElementSkippingWhitespace(br) is { LocalName: "br" })
            {
                Close(document, container, run, before: br);
                continue;
            }

            if (node is IElement element && (IsBlock(element) || element.LocalName == "br" && run.Count == 0))
            {
                Close(document, container, run, before: node);
                continue;
            }

            run.Add(node);
        }

        Close(document, container, run, before: null);
        foreach (var br in DomWalk.ChildElements(container).Where(c => c.LocalName == "br").ToList())
        {
            br.Remove(); // the breaks that separated paragraphs
        }
    }

    private static void Close(IDocument document, IElement container, List<INode> run, INode? before)
    {
        if (run.Any(n => !string.IsNullOrWhiteSpace(n.TextContent) || n is IElement { LocalName: "img" }))
        {
            var paragraph = document.CreateElement("p");
            container.InsertBefore(paragraph, run[0]);
            foreach (var node in run)
            {
                paragraph.AppendChild(node);
            }
        }

        run.Clear();
        _ = before;
    }

    private static IElement? NextElementSkippingWhitespace(INode node)
    {
        for (var next = node.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is IElement element)
            {
                return element;
            }

            if (!string.IsNullOrWhiteSpace(next.TextContent))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "pre" or "blockquote" or "h1" or "h2"
            or "h3" or "h4" or "h5" or "h6" or "figure" or "dl" or "aside" or "header" or "footer" or "hr" or "form" or "main";
}
