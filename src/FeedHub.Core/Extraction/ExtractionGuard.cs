using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Judges an extraction before it replaces the feed's own content: a confidence from 0 to 1 and, when the
/// extraction is poor, the reason it is rejected (the pipeline then keeps the feed content and records why).
/// Poor means too short, mostly links, shorter than the feed's own text, or, when the feed carries the full
/// text itself, not containing that text (the extractor picked the wrong block).
/// </summary>
public static class ExtractionGuard
{
    public const int MinimumWords = 25;
    public const double MaximumLinkDensity = 0.5;

    public static ExtractionVerdict Assess(string articleText, double linkDensity, string? feedHtml)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var words = TextMeasures.CountWords(articleText);
        var feedText = feedHtml is null ? string.Empty : Text.HtmlText.Strip(feedHtml);
        var feedWords = TextMeasures.CountWords(feedText);
        var containment = feedWords >= 150 ? Shingles.Overlap(feedText, articleText).Recall : 1.0;
        var confidence = Math.Round(Math.Min(1.0, words / 150.0) * (1 - linkDensity) * Math.Min(1.0, containment / 0.6), 3);

        string? rejection = null;
        if (words < MinimumWords)
        {
            rejection = $"too short ({words} words)";
        }
        else if (linkDensity > MaximumLinkDensity)
        {
            rejection = $"mostly links ({linkDensity:P0} of the text)";
        }
        else if (feedWords >= 50 && feedWords > words * 1.2)
        {
            rejection = $"shorter than the feed's own content ({words} vs {feedWords} words)";
        }
        else if (containment < 0.3)
        {
            rejection = $"does not contain the feed's full text ({containment:P0} of it)";
        }

        return new ExtractionVerdict(confidence, rejection);
    }

}

/// <summary>An extraction's confidence (0 to 1) and, when it should not be used, why.</summary>
public sealed record ExtractionVerdict(double Confidence, string? Rejection)
{
    public bool Accepted => Rejection is null;
}
