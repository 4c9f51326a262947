using AngleSharp.Dom;
using FeedHub.Core.Text;

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
    /// subtree that is not yet measured; each frame sums its children as they finish, so a child's counts are
    /// read from the memo only when it was measured before. Text nodes are measured in place and not memoized.
    /// </summary>
    private Counts Get(INode node)
    {
        if (node is not Element root)
        {
            return node is IText text ? Measure(text.Data) : default;
        }

        if (memo.TryGetValue(root, out var known))
        {
            return known;
        }

        var stack = new Stack<Frame>();
        var frame = new Frame(root, ((INode)root).ChildNodes);
        while (true)
        {
            if (frame.Index < frame.Nodes.Length)
            {
                var child = frame.Nodes[frame.Index++];
                if (child is Element element)
                {
                    if (memo.TryGetValue(element, out var measured))
                    {
                        frame.Sum += measured;
                    }
                    else
                    {
                        stack.Push(frame);
                        frame = new Frame(element, ((INode)element).ChildNodes);
                    }
                }
                else if (child is IText text)
                {
                    frame.Sum += Measure(text.Data);
                }

                continue;
            }

            var counts = frame.Element.LocalName == "a" && frame.Element.GetAttribute("href")?.StartsWith('#') != true
                ? frame.Sum with { Links = frame.Sum.Text }
                : frame.Sum;
            memo[frame.Element] = counts;
            if (stack.Count == 0)
            {
                return counts;
            }

            frame = stack.Pop();
            frame.Sum += counts;
        }
    }

    private struct Frame(Element element, INodeList nodes)
    {
        public readonly Element Element = element;
        public readonly INodeList Nodes = nodes;
        public int Index;
        public Counts Sum;
    }

    private static Counts Measure(string data)
    {
        var counts = TextCounts.Of(data);
        return new Counts(counts.Folded, 0, counts.Commas);
    }

    private readonly record struct Counts(int Text, int Links, int Commas)
    {
        public static Counts operator +(Counts a, Counts b) => new(a.Text + b.Text, a.Links + b.Links, a.Commas + b.Commas);
    }
}
