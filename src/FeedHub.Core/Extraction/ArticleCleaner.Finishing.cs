using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>The finishing rules: empty elements go, and every attribute but the few that carry meaning is stripped.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>
    /// Removes elements with no text and no media. An inline element that holds only white space is kept: it is
    /// what separates two words (a highlighted code token's space, "a<span> </span>b"); nothing inside a pre is
    /// touched, where white space is the content.
    /// </summary>
    private static void RemoveEmpty(List<IElement> candidates, TextStats stats)
    {
        candidates.Reverse();
        foreach (var element in candidates)
        {
            if (stats.TextLength(element) == 0 && DomWalk.FirstDescendant(element, e => KeepsEmpty.Contains(e.LocalName)) is null
                && !(IsInline(element) && element.TextContent.Length > 0) && !element.Ancestors<IElement>().Any(a => a.LocalName == "pre"))
            {
                Remove(element, stats);
            }
        }
    }

    private static bool IsInline(IElement element) => element.LocalName is "span" or "a" or "strong" or "em" or "b" or "i";

    private static void StripAttributes(IElement element)
    {
        var attributes = element.Attributes;
        for (var i = attributes.Length - 1; i >= 0; i--)
        {
            if (attributes[i] is { } attribute && !KeptAttributes.Contains(attribute.Name))
            {
                element.RemoveAttribute(attribute.Name);
            }
        }
    }
}
