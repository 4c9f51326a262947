using FeedHub.Core.Extraction;
using FeedHub.Core.Model;

namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// The labels of one settled article in <c>feedhub.extractions</c>: the path is what found the text (one of
/// <see cref="ExtractionPaths.All"/>), cache when an earlier result for the URL was reused, or none when nothing
/// was extracted; the result is how the article was settled. Both sets are bounded, whatever a stored page says.
/// </summary>
internal readonly record struct ExtractionLabels(string Path, string Result)
{
    public const string FailedResult = "failed";

    public static readonly ExtractionLabels Skipped = new("none", "skipped");

    public static readonly ExtractionLabels Broke = new("none", FailedResult);

    public static ExtractionLabels Of(ArticleStatus status, ExtractedPage page, bool reused)
    {
        var result = page.Refused ? "refused" : status switch
        {
            ArticleStatus.Extracted => "extracted",
            ArticleStatus.KeptFeedContent => "kept_feed_content",
            _ => FailedResult,
        };
        var path = reused ? "cache"
            : page.ExtractionPath is { } found && ExtractionPaths.All.Contains(found) ? found
            : page.ExtractionPath is null ? "none" : "other";
        return new ExtractionLabels(path, result);
    }
}
