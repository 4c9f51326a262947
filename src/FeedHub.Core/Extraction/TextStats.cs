using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Text length, linked-text length and comma count of every element, computed once per subtree and memoized, so
/// that scoring and cleaning a page costs one walk instead of re-reading each candidate's text (which made the
/// old measures quadratic in the page's depth). Lengths count characters with white-space runs folded to one.
/// Removing an element must be reported through <see cref="Forget"/>, which drops its ancestors' stale entries.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<INode, Counts> memo = new(1024, ReferenceEqualityComparer.Instance);

    public int TextLength(INode node) => Get(node).Text;

    public int Commas(INode node) => Get(node).Commas;

    /// <summary>The share of the element's text inside links to other pages (0 to 1).</summary>
    public double LinkDensity(IElement element)
    {
        var counts = Get(element);
        return counts.Text == 0 ? 0 : Math.Min(1.0, (double)counts.Links / counts.Text);
    }

    /// <summary>Call after removing an element from the tree: its former ancestors are measured again when asked.</summary>
    public void Forget(IElement removedFrom)
    {
        for (INode? ancestor = removedFrom; ancestor is not null; ancestor = ancestor.Parent)
        {
            memo.Remove(ancestor);
        }
    }

    /// <summary>
    /// Iterative post-order walk (pages can nest thousands deep) filling the memo for every element of the
    /// subtree; text nodes are measured in place and not memoized.
    /// </summary>
    private Counts Get(INode node)
    {
        if (node is IText text)
        {
            return Measure(text.Data);
        }

        if (memo.TryGetValue(node, out var known))
        {
            return known;
        }

        var stack = new Stack<(INode Node, bool ChildrenDone)>();
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (current, childrenDone) = stack.Pop();
            if (!childrenDone)
            {
                stack.Push((current, true));
                var children = current.ChildNodes;
                for (var i = 0; i < children.Length; i++)
                {
                    if (children[i] is IElement child && !memo.ContainsKey(child))
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            var sum = default(Counts);
            var nodes = current.ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                var child = nodes[i];
                var c = child switch
                {
                    IText t => Measure(t.Data),
                    IElement => memo[child],
                    _ => default,
                };
                sum = new Counts(sum.Text + c.Text, sum.Links + c.Links, sum.Commas + c.Commas);
            }

            memo[current] = current is IElement { LocalName: "a" } a && a.GetAttribute("href")?.StartsWith('#') != true
                ? sum with { Links = sum.Text }
                : sum;
        }

        return memo[node];
    }

    private static Counts Measure(string data)
    {
        var (length, commas, inSpace) = (0, 0, true);
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                length += inSpace ? 0 : 1;
                inSpace = true;
                continue;
            }

            length++;
            inSpace = false;
            commas += c is ',' or '،' or '、' or '，' ? 1 : 0;
        }

        return new Counts(length, 0, commas);
    }

    private readonly record struct Counts(int Text, int Links, int Commas);
}
