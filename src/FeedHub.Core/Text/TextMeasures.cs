using AngleSharp.Dom;

namespace FeedHub.Core.Text;

/// <summary>Measures of an element's text that the scorer and the cleaner both rely on.</summary>
internal static class TextMeasures
{
    /// <summary>The element's text with runs of white space folded to one space.</summary>
    public static string NormalizedText(INode node) => Normalize(node.TextContent);

    /// <summary>
    /// The text trimmed, with every run of white space folded to one space. One pass; text that is already folded
    /// is returned as is, without a copy (most paragraphs are).
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsFolded(text) ? text : Fold(text);
    }

    private static bool IsFolded(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string text)
    {
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    /// <summary>Reading time in minutes, at least one for any text: 230 words or 500 CJK characters a minute.</summary>
    public static int ReadingMinutes(string text) => ReadingMinutes(text, CountWords(text));

    /// <summary>Reading time of a text whose <paramref name="words"/> are already counted.</summary>
    public static int ReadingMinutes(string text, int words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cjk = 0;
        var span = text.AsSpan();
        // The first CJK character is found vectorized; most texts have none and end the loop there.
        for (var at = span.IndexOfAnyInRange('\u3040', '\uD7AF'); at >= 0 && at < span.Length; at++)
        {
            cjk += span[at] is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') ? 1 : 0;
        }

        var minutes = (words / 230.0) + (cjk / 500.0);
        return text.Length == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(minutes));
    }

    /// <summary>Runs of non-white-space characters, counted without splitting the text.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextCounts.Of(text).Words;
    }
}
