using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

public class ExtractionGuardTests
{
    private static readonly string Article = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"Sentence {i} of the article tells what the council decided about the harbour wall."));

    [Fact]
    public void A_full_article_is_accepted_with_high_confidence()
    {
        var verdict = ExtractionGuard.Assess(Article, linkDensity: 0.02, feedHtml: "<p>The council decided about the harbour wall.</p>");

        Assert.True(verdict.Accepted);
        Assert.InRange(verdict.Confidence, 0.9, 1.0);
    }

    [Theory]
    [InlineData("Subscribe to read.", 0.0, null, "too short")]
    [InlineData(null, 0.8, null, "mostly links")]
    [InlineData("Only the first two sentences of the story made it onto the page before the paywall closed the rest, said the reader who wrote to us today about it.", 0.0, "long", "shorter than the feed's own content")]
    [InlineData(null, 0.0, "different", "does not contain the feed's full text")]
    public void A_poor_extraction_is_rejected_with_the_reason(string? text, double linkDensity, string? feed, string reason)
    {
        var feedHtml = feed switch
        {
            "long" => "<p>" + Article + "</p>",
            "different" => "<div>" + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"unrelated{i} words{i} about{i} gardening{i}")) + "</div>",
            _ => null,
        };

        var verdict = ExtractionGuard.Assess(text ?? Article, linkDensity, feedHtml);

        Assert.False(verdict.Accepted);
        Assert.Contains(reason, verdict.Rejection, StringComparison.Ordinal);
        Assert.InRange(verdict.Confidence, 0.0, 0.9);
    }
}
