using FeedHub.Core.Extraction;
using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// The article job, top to bottom (<see cref="DrainAsync"/>): take a batch of the entries that polls marked as
/// pending, get each one's page through <see cref="ArticleService"/> (once per URL, politely per host; the
/// extractor sanitizes the article as its last step), judge the extraction with <see cref="ExtractionGuard"/>
/// against the entry's own content, and store either the full text or the feed content with the reason; then the
/// next batch, until none is pending. Every entry taken ends settled: an extraction that throws is a failed article
/// with its reason, never a batch taken again and again. The host runs it when a poll rings
/// <see cref="ArticleDoorbell"/>; `feedhub fetch --once` runs it once after its polls.
/// </summary>
public sealed partial class ArticlePipeline(IFeedStore store, ArticleService articles, ILogger<ArticlePipeline> logger)
{
    public const int BatchSize = 32;

    /// <summary>Settles pending entries batch by batch until none is left; returns how many it settled.</summary>
    public async Task<int> DrainAsync(Func<string, SourceDefinition?> sources, CancellationToken cancellationToken)
    {
        var settled = 0;
        for (int batch; (batch = await ProcessPendingAsync(sources, cancellationToken).ConfigureAwait(false)) > 0;)
        {
            settled += batch;
        }

        return settled;
    }

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
        Entry settled;
        if (source is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var link))
        {
            settled = entry with { ArticleStatus = ArticleStatus.None };
        }
        else
        {
            try
            {
                settled = Judge(entry, await articles.GetAsync(link, allowFiles: source.IsLocalFile, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogArticleBroke(entry.SourceId, link.AbsoluteUri, e);
                settled = entry with { ArticleStatus = ArticleStatus.Failed, ArticleNote = "extraction failed: " + e.Message };
            }
        }

        await store.SaveArticleAsync(settled, cancellationToken).ConfigureAwait(false);
    }

    private Entry Judge(Entry entry, ExtractedPage page)
    {
        if (!page.Succeeded)
        {
            return entry with { ArticleStatus = ArticleStatus.Failed, ArticleNote = page.Error };
        }

        entry = entry with { CanonicalLink = page.CanonicalUrl, Language = page.Language ?? entry.Language, ExtractionPath = page.ExtractionPath, Image = page.Image ?? entry.Image };
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: the article {Url} could not be extracted; it is marked failed")]
    private partial void LogArticleBroke(string sourceId, string url, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: kept the feed content for {Url}: {Reason} (confidence {Confidence})")]
    private partial void LogKeptFeedContent(string sourceId, string url, string reason, double confidence);
}
