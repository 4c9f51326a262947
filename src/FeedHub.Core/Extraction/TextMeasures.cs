using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Measures of an element's text that the scorer and the cleaner both rely on.</summary>
internal static class TextMeasures
{
    /// <summary>The element's text with runs of white space folded to one space.</summary>
    public static string NormalizedText(INode node) => Normalize(node.TextContent);

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
