using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>Rule: a columnist's closing tagline about the writer (metadata, like the byline) goes.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>
    /// A columnist's tagline or a contributor note: one of the article's last two paragraphs, short, that starts
    /// with the byline's first name and goes on as a sentence about that person. It describes the writer, which is
    /// metadata, like the byline itself.
    /// </summary>
    private static void RemoveAuthorTagline(List<IElement> lastParagraphs, string? byline, TextStats stats)
    {
        var name = byline?.Split(',')[0].Trim();
        if (name is not { Length: >= 3 })
        {
            return;
        }

        foreach (var paragraph in lastParagraphs)
        {
            var text = TextMeasures.NormalizedText(paragraph);
            if (text.Length < 300 && text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && Vocabulary.TaglineVerbs.Any(verb => string.CompareOrdinal(text, name.Length, verb, 0, verb.Length) == 0))
            {
                Remove(paragraph, stats);
            }
        }
    }

    /// <summary>The last <paramref name="count"/> p elements among <paramref name="candidates"/> (document order) still in the content.</summary>
    private static List<IElement> LastParagraphs(IElement content, List<IElement> candidates, int count)
    {
        var found = new List<IElement>(count);
        for (var i = candidates.Count - 1; i >= 0 && found.Count < count; i--)
        {
            if (candidates[i].LocalName == "p" && content.Contains(candidates[i]))
            {
                found.Insert(0, candidates[i]);
            }
        }

        return found;
    }
}
