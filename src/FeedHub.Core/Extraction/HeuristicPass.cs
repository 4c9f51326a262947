using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>One Readability-style pass over a parsed page: prepare it, score its blocks, assemble the article and clean it.</summary>
internal static class HeuristicPass
{
    /// <summary>The article the pass finds (an empty div when the page has no scorable block); the page is consumed.</summary>
    public static IElement Run(IDocument document, PageMetadata metadata, IReadOnlyList<IElement> images, Uri pageUri, PassSteps steps, TextStats stats)
    {
        var body = document.Body;
        PagePreparer.Prepare(document, body, images, steps.HasFlag(PassSteps.StripUnlikely));
        Dictionary<IElement, double> scores = [];
        // A page without a single block long enough to score is all article (a short note): its body is the candidate.
        var top = body is null ? null : ContentScorer.FindTopCandidate(body, stats, out scores, steps.HasFlag(PassSteps.WeighClasses)) ?? body;
        if (top is null)
        {
            return document.CreateElement("div");
        }

        var content = ContentAssembler.Assemble(document, top, scores, stats);
        ArticleCleaner.Clean(content, metadata, pageUri, stats, steps);
        return content;
    }
}
