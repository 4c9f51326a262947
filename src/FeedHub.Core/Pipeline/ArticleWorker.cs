using FeedHub.Core.Extraction;
using FeedHub.Core.Model;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline;

/// <summary>
/// Fetches and extracts the articles that polls marked as pending, apart from the polls: takes a batch of pending
/// entries, gets each page through <see cref="ArticleService"/> (once per URL, politely per host), judges the
/// extraction with <see cref="ExtractionGuard"/> against the entry's own content, and stores either the full text
/// or the feed content with the reason. The host runs it in the background; `feedhub fetch --once` runs it to the end.
/// </summary>
public sealed partial class ArticleWorker(IFeedStore store, ArticleService articles, ILogger<ArticleWorker> logger)
{
    public const int BatchSize = 32;

    /// <summary>Processes one batch; returns how many entries it settled (0 when nothing was pending).</summary>
    public async Task<int> ProcessPendingAsync(Func<string, SourceDefinition?> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var pending = await store.GetPendingArticlesAsync(BatchSize, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(pending.Select(entry => SettleAsync(entry, sources(entry.SourceId), cancellationToken))).ConfigureAwait(false);
        return pending.Count;
    }

    private async Task SettleAsync(Entry entry, SourceDefinition? source, CancellationToken cancellationToken)
    {
        var settled = source is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var link)
            ? entry with { ArticleStatus = ArticleStatus.None }
            : Judge(entry, await articles.GetAsync(link, allowFiles: source.IsLocalFile, cancellationToken).ConfigureAwait(false));
        await store.SaveArticleAsync(settled, cancellationToken).ConfigureAwait(false);
    }

    private Entry Judge(Entry entry, ExtractedPage page)
    {
        if (!page.Succeeded)
        {
            return entry with { ArticleStatus = ArticleStatus.Failed, ArticleNote = page.Error };
        }

        entry = entry with { CanonicalLink = page.CanonicalUrl, Language = page.Language ?? entry.Language, ExtractionPath = page.ExtractionPath };
        var verdict = ExtractionGuard.Assess(page.Text ?? string.Empty, page.LinkDensity, entry.Content ?? entry.Summary);
        if (!verdict.Accepted)
        {
            LogKeptFeedContent(entry.SourceId, page.Url, verdict.Rejection!, verdict.Confidence);
            return entry with { ArticleStatus = ArticleStatus.KeptFeedContent, ArticleNote = verdict.Rejection, ArticleConfidence = verdict.Confidence };
        }

        return entry with
        {
            ArticleHtml = page.Html,
            ArticleText = page.Text,
            WordCount = page.WordCount,
            ArticleStatus = ArticleStatus.Extracted,
            ArticleConfidence = verdict.Confidence,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: kept the feed content for {Url}: {Reason} (confidence {Confidence})")]
    private partial void LogKeptFeedContent(string sourceId, string url, string reason, double confidence);
}
