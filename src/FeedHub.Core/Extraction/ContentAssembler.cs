using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Widens the top candidate to the whole article: up to an enclosing article element or a parent that scores
/// nearly as well, then takes in siblings that carry article text (a callout or FAQ block beside the body).
/// The chosen elements are moved (not copied) out of the page into a new container: the page is not read again.
/// </summary>
internal static class ContentAssembler
{
    private const double ParentShare = 0.75;
    private const double SiblingShare = 0.2;

    public static IElement Assemble(IDocument document, IElement top, IReadOnlyDictionary<IElement, double> scores, TextStats stats)
    {
        var root = Widen(top, scores, stats);
        var container = document.CreateElement("div");
        var parent = root.ParentElement;
        if (root.LocalName is "article" or "body")
        {
            // The article's children, not the article element: the sanitizer would unwrap an article or body (not
            // allowed tags) at the end anyway, and unwrapping moves the whole article again, three times over.
            foreach (var child in root.ChildNodes.ToList())
            {
                container.AppendChild(child);
            }

            return container;
        }

        if (parent is null)
        {
            container.AppendChild(root);
            return container;
        }

        var threshold = Math.Max(10, Score(root, scores) * SiblingShare);
        foreach (var sibling in DomWalk.ChildElements(parent).Where(s => s == root || BelongsToArticle(s, threshold, scores, stats)).ToList())
        {
            container.AppendChild(sibling);
        }

        return container;
    }

    private static IElement Widen(IElement top, IReadOnlyDictionary<IElement, double> scores, TextStats stats)
    {
        var article = top.Closest("article, [itemprop=articleBody]");
        if (article is not null && stats.LinkDensity(article) < 0.4)
        {
            return article;
        }

        var current = top;
        var topScore = Score(top, scores);
        while (current.ParentElement is { LocalName: not "body" and not "html" } parent && Score(parent, scores) >= topScore * ParentShare)
        {
            current = parent;
        }

        return current;
    }

    private static bool BelongsToArticle(IElement sibling, double threshold, IReadOnlyDictionary<IElement, double> scores, TextStats stats)
    {
        if (ClassHints.Weight(sibling) > 0 && stats.LinkDensity(sibling) < 0.25 && stats.TextLength(sibling) > 40)
        {
            return true;
        }

        if (Score(sibling, scores) >= threshold)
        {
            return true;
        }

        if (sibling.LocalName != "p")
        {
            return false;
        }

        var length = stats.TextLength(sibling);
        var density = stats.LinkDensity(sibling);
        return (length > 80 && density < 0.25) || (length > 0 && density == 0 && TextMeasures.NormalizedText(sibling).Contains(". ", StringComparison.Ordinal));
    }

    private static double Score(IElement element, IReadOnlyDictionary<IElement, double> scores) =>
        scores.TryGetValue(element, out var score) ? score : 0;
}
