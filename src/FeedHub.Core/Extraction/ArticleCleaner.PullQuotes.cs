using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>Rule: a pull quote that repeats a passage of the article goes; a quotation that appears once stays.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>
    /// Pull quotes: a blockquote, an aside or an element named as a pull quote, one of whose paragraphs repeats a
    /// passage of the article (quotation marks and end punctuation aside) is a display copy of it, not more text. A blockquote that
    /// quotes anything else stays: it is the article quoting someone.
    /// </summary>
    private static void RemoveRepeatedQuotes(IElement content, List<IElement> quotes, TextStats stats)
    {
        if (quotes.Count == 0)
        {
            return;
        }

        var whole = TextMeasures.NormalizedText(content);
        foreach (var quote in quotes)
        {
            if (!content.Contains(quote)) // an earlier quote may have held this one
            {
                continue;
            }

            var passages = DomWalk.Descendants(quote, e => e.LocalName is "p" or "blockquote").Prepend(quote);
            if (passages.Select(p => TextMeasures.NormalizedText(p).Trim(QuoteMarks)).Any(t => t.Length >= 30 && IsRepeated(whole, t)))
            {
                Remove(quote, stats);
            }
        }
    }

    /// <summary>Quotation marks, dashes and end punctuation, which a pull quote adds or changes around the passage it repeats.</summary>
    private static readonly char[] QuoteMarks = ['"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', ' ', '–', '—', '.', ',', ';', ':', '!', '?', '…'];

    private static bool IsRepeated(string whole, string passage)
    {
        var first = whole.IndexOf(passage, StringComparison.Ordinal);
        return first >= 0 && whole.IndexOf(passage, first + passage.Length, StringComparison.Ordinal) >= 0;
    }

    private static bool IsNamedPullQuote(IElement element) =>
        element.GetAttribute("class") is { } names && (names.Contains("pullquote", StringComparison.OrdinalIgnoreCase)
            || names.Contains("pull-quote", StringComparison.OrdinalIgnoreCase) || names.Contains("pull_quote", StringComparison.OrdinalIgnoreCase));
}
