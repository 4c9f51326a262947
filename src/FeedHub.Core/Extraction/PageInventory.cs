using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// What the metadata reader and the lazy-image recovery look for, found in one walk of the freshly parsed page
/// instead of one walk each: JSON-LD scripts, the head's meta and link elements, style elements, h1 headings, the first
/// datePublished microdata and time element, and the body's images, sources and noscripts. Each list is in
/// document order.
/// </summary>
internal sealed class PageInventory
{
    public List<IElement> JsonLdScripts { get; } = [];

    public List<IElement> HeadMetas { get; } = [];

    public List<IElement> HeadLinks { get; } = [];

    /// <summary>Every meta element of the page, the body's too: broken markup moves head tags into the body, and Readability.js reads them all.</summary>
    public List<IElement> Metas { get; } = [];

    public List<IElement> Headings { get; } = [];

    /// <summary>Every style element (none of them is article content).</summary>
    public List<IElement> Styles { get; } = [];

    /// <summary>The page's other scripts: where a script-rendered page keeps its article (a template, an app's JSON state).</summary>
    public List<IElement> Scripts { get; } = [];

    /// <summary>noscript and template elements: copies of a script-rendered body for clients without scripts.</summary>
    public List<IElement> EmbeddedCopies { get; } = [];

    /// <summary>img, source and noscript elements inside the body (the whole page when it has no body).</summary>
    public List<IElement> Images { get; } = [];

    /// <summary>The first element with itemprop="datePublished".</summary>
    public IElement? DatePublished { get; private set; }

    /// <summary>The first time element with a datetime attribute.</summary>
    public IElement? Time { get; private set; }

    public static PageInventory Take(IDocument document)
    {
        var inventory = new PageInventory();
        var (head, body) = (document.Head, document.Body);
        var stack = new Stack<(INodeList Nodes, int Index, Place Place)>();
        var (nodes, index, place) = (((INode)document).ChildNodes, 0, body is null ? Place.Body : Place.Other);
        while (true)
        {
            if (index >= nodes.Length)
            {
                if (stack.Count == 0)
                {
                    return inventory;
                }

                (nodes, index, place) = stack.Pop();
                continue;
            }

            if (nodes[index++] is not Element element)
            {
                continue;
            }

            inventory.Note(element, place);
            if (element.HasChildNodes)
            {
                stack.Push((nodes, index, place));
                var inner = element == head ? Place.Head : element == body ? Place.Body : place;
                (nodes, index, place) = (((INode)element).ChildNodes, 0, inner);
            }
        }
    }

    private void Note(Element element, Place place)
    {
        switch (element.LocalName)
        {
            case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                JsonLdScripts.Add(element);
                break;
            case "script":
                Scripts.Add(element);
                break;
            case "template":
                EmbeddedCopies.Add(element);
                break;
            case "meta" when place == Place.Head:
                HeadMetas.Add(element);
                Metas.Add(element);
                break;
            case "meta":
                Metas.Add(element);
                break;
            case "link" when place == Place.Head:
                HeadLinks.Add(element);
                break;
            case "style":
                Styles.Add(element);
                break;
            case "h1":
                Headings.Add(element);
                break;
            case var _ when place == Place.Body && LazyImages.IsCandidate(element):
                Images.Add(element);
                break;
            case "time" when Time is null && element.HasAttribute("datetime"):
                Time = element;
                break;
        }

        if (element.LocalName == "noscript" && place == Place.Body)
        {
            EmbeddedCopies.Add(element);
        }

        if (DatePublished is null && element.GetAttribute("itemprop") == "datePublished")
        {
            DatePublished = element;
        }
    }

    private enum Place
    {
        Other,
        Head,
        Body,
    }
}
