using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Rule: Readability's conditional cleaning of link-heavy, chrome-named and media-poor blocks.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>
    /// A block to drop: named as chrome (when names count) unless it holds most of the article's text (a page wrapper
    /// named "below-banner" is not a banner), a link-heavy header or footer, a short link list, or empty of text and media.
    /// </summary>
    private static bool IsJunk(IElement element, TextStats stats, bool weighClasses, int wholeLength)
    {
        if (element.Parent is null)
        {
            return false;
        }

        var length = stats.TextLength(element);
        if (weighClasses && ClassHints.Weight(element) < 0 && length < wholeLength / 2)
        {
            return true;
        }

        var density = stats.LinkDensity(element);

        if (element.LocalName is "header" or "footer")
        {
            return density > 0.3 || length < 120;
        }

        if (density > 0.5 && length < 1000)
        {
            return true;
        }

        return length == 0 && DomWalk.FirstDescendant(element, e => Media.Contains(e.LocalName)) is null;
    }
}
