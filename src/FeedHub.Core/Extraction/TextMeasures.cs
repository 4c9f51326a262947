using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Measures of an element's text that the scorer and the cleaner both rely on.</summary>
internal static class TextMeasures
{
    /// <summary>The element's text with runs of white space folded to one space.</summary>
    public static string NormalizedText(INode node) => Normalize(node.TextContent);

    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Reading time in minutes, at least one for any text: 230 words or 500 CJK characters a minute.</summary>
    public static int ReadingMinutes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cjk = 0;
        foreach (var c in text)
        {
            cjk += c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') ? 1 : 0;
        }

        var minutes = (CountWords(text) / 230.0) + (cjk / 500.0);
        return text.Length == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(minutes));
    }

    /// <summary>Runs of non-white-space characters, counted without splitting the text.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (words, inWord) = (0, false);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }
}
