using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Measures of an element's text that the scorer and the cleaner both rely on.</summary>
internal static class TextMeasures
{
    /// <summary>The element's text with runs of white space folded to one space.</summary>
    public static string NormalizedText(INode node) => Normalize(node.TextContent);

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The share of the element's text that sits inside links (0 to 1); a teaser list is mostly links.</summary>
    public static double LinkDensity(IElement element)
    {
        var total = NormalizedText(element).Length;
        if (total == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Where(a => !IsInPageAnchor(a)).Sum(a => NormalizedText(a).Length);
        return Math.Min(1.0, (double)linked / total);
    }

    public static int CountCommas(string text) => text.Count(c => c is ',' or '،' or '、' or '，');

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsInPageAnchor(IElement a) =>
        a.GetAttribute("href")?.StartsWith('#') == true;
}
