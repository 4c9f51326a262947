using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Rule: short blocks that say what they are in their first words (a "Read also" teaser, a "Written by" or "Published on" line, an "Advertisement" label) go. Word lists in Vocabulary/.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>
    /// Short blocks that say what they are in their first words: a paragraph that is mostly a link and starts
    /// "Read also:" (in any of several languages) is a teaser for another story dropped between the article's
    /// paragraphs; a block that only says who wrote the page or when ("Written by …, 12 February 2022") is metadata;
    /// a block that says only "Advertisement" is the label of an ad slot whose ad did not load.
    /// </summary>
    private static void RemoveLabelledLines(IEnumerable<IElement> candidates, TextStats stats)
    {
        foreach (var element in candidates)
        {
            var length = stats.TextLength(element);
            if (length is 0 or > 250)
            {
                continue;
            }

            var text = element.TextContent;
            if (IsAdLabel(text))
            {
                Remove(element, stats);
                continue;
            }

            var teaser = stats.LinkDensity(element) >= 0.5 && StartsWithAny(text, Vocabulary.ReadAlsoPrefixes);
            var metadata = length < 120 && element.LocalName != "li" && StartsWithAny(text, Vocabulary.MetadataPrefixes);
            if (teaser || metadata)
            {
                Remove(element, stats);
            }
        }
    }

    private static bool IsAdLabel(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length <= 20 && Vocabulary.AdLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed);
    }
}
