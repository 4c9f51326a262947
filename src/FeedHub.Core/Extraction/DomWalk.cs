using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Walks of the element tree without CSS selectors. AngleSharp's QuerySelectorAll matches a parsed selector
/// against every node and builds a collection, about 0.25 µs per element on the fixture pages, and the extractor
/// walks each page a dozen times; these are plain loops over each child list, by index (AngleSharp's sibling
/// properties search the parent's list, so following them is quadratic in a wide parent). Hand-written because
/// no library offers a cheaper traversal of AngleSharp's DOM.
/// </summary>
internal static class DomWalk
{
    /// <summary>The descendants of <paramref name="root"/> (not itself) that match, in document order, as a list safe to modify the tree over.</summary>
    public static List<IElement> Descendants(INode root, Func<IElement, bool> match)
    {
        var found = new List<IElement>();
        Walk(root, element =>
        {
            if (match(element))
            {
                found.Add(element);
            }

            return true;
        });
        return found;
    }

    /// <summary>The first descendant of <paramref name="root"/> in document order that matches, or null.</summary>
    public static IElement? FirstDescendant(INode root, Func<IElement, bool> match)
    {
        IElement? first = null;
        Walk(root, element =>
        {
            if (match(element))
            {
                first = element;
                return false;
            }

            return true;
        });
        return first;
    }

    /// <summary>Calls <paramref name="visit"/> for each descendant of <paramref name="root"/>, in document order; the tree must not change meanwhile.</summary>
    public static void Visit(INode root, Action<IElement> visit) => Walk(root, element =>
    {
        visit(element);
        return true;
    });

    /// <summary>The element's child elements, in order, without building a live collection.</summary>
    public static IEnumerable<IElement> ChildElements(INode parent)
    {
        var nodes = parent.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is Element element)
            {
                yield return element;
            }
        }
    }

    /// <summary>
    /// Depth-first, in document order, with an explicit stack (pages can nest thousands deep); stops when
    /// <paramref name="visit"/> returns false. Elements are recognized by AngleSharp's Element class, not the
    /// IElement interface: a class check is a short walk up the type's parents, while an interface check scans
    /// the long interface list every HTML element implements.
    /// </summary>
    private static void Walk(INode root, Func<IElement, bool> visit)
    {
        var stack = new Stack<(INodeList Nodes, int Index)>();
        var (nodes, index) = (root.ChildNodes, 0);
        while (true)
        {
            if (index >= nodes.Length)
            {
                if (stack.Count == 0)
                {
                    return;
                }

                (nodes, index) = stack.Pop();
                continue;
            }

            if (nodes[index++] is Element element)
            {
                if (!visit(element))
                {
                    return;
                }

                if (element.HasChildNodes)
                {
                    stack.Push((nodes, index));
                    (nodes, index) = (((INode)element).ChildNodes, 0);
                }
            }
        }
    }
}
