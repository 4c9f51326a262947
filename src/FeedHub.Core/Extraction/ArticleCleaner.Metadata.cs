using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>Rules on metadata inside the article: the title heading and its header block, date stamps, and photo credits beside a caption.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>
    /// A short element named as the date (the caller checks the name: "Published 2 October 2025", a dated span in the article's header). Not in
    /// a table, list or definition, where dates are data (a timetable, a recipe's times, a changelog).
    /// </summary>
    private static bool IsDateStamp(IElement element, IElement content, TextStats stats)
    {
        return stats.TextLength(element) < 80
            && !element.Ancestors<IElement>().TakeWhile(a => a != content).Any(a => a.LocalName is "table" or "ul" or "ol" or "dl" or "p");
    }

    /// <summary>
    /// A photo credit (named so by the caller) kept apart from its caption ("Photo: Evening Lantern" in a figure's credit element): the
    /// caption is article text, a credit beside it is not. A credit inside the caption element stays with it.
    /// </summary>
    private static bool IsCreditBesideCaption(IElement element, TextStats stats) =>
        stats.TextLength(element) is > 0 and <= 150 && !element.Ancestors<IElement>().Any(a => a.LocalName is "figcaption" or "caption");

    /// <summary>
    /// The title heading goes, and with it the article's header block around it when that block is short (kicker,
    /// standfirst, byline and date, which are metadata, not article text).
    /// </summary>
    private static void RemoveTitleHeading(IElement content, IEnumerable<IElement> headings, string? title, TextStats stats)
    {
        foreach (var h1 in headings)
        {
            var text = TextMeasures.NormalizedText(h1);
            if (title is null || text.Length == 0 || title.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                Remove(HeaderBlock(h1, content, stats), stats);
            }
        }
    }

    private static IElement HeaderBlock(IElement h1, IElement content, TextStats stats)
    {
        var block = h1;
        var heading = stats.TextLength(h1);
        // A block right under the content is taken only when the content was assembled from several siblings (the
        // header is then one of them); when it holds a single element, that element is the whole article.
        var severalMembers = DomWalk.ChildElements(content).Skip(1).Any();
        for (var parent = h1.ParentElement; parent is not null && parent != content && (severalMembers || parent.ParentElement != content); parent = parent.ParentElement)
        {
            var rest = stats.TextLength(parent) - heading;
            if (rest > MaxHeaderText || DomWalk.FirstDescendant(parent, p => p.LocalName == "p" && stats.TextLength(p) > 250) is not null || parent.LocalName is "article" or "main")
            {
                break;
            }

            block = parent;
        }

        return block;
    }
}
