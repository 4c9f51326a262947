using System.Diagnostics;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// The article job, top to bottom (<see cref="DrainAsync"/>): take a batch of the entries that polls marked as
/// pending, get each one's page through <see cref="ArticleService"/> (once per URL, politely per host; the
/// extractor sanitizes the article as its last step), judge the extraction with <see cref="ExtractionGuard"/>
/// against the entry's own content, and store either the full text or the feed content with the reason; then the
/// next batch, until none is pending. Every entry taken ends settled: an extraction that throws is a failed article
/// with its reason, never a batch taken again and again. A failed article comes back into the batches when its retry
/// is due (<see cref="RetryAt"/>: doubling waits, capped, a limited number of tries); a refused or rejected one when
/// the operator changes the rules that decided it (<see cref="RequeueChangedAsync"/>, run at start-up). The host runs it when a poll rings
/// <see cref="ArticleDoorbell"/>; `feedhub fetch --once` runs it once after its polls. Each entry settled is one span
/// and one count in <see cref="FeedHubMetrics"/> (by extraction path and result).
/// </summary>
public sealed partial class ArticlePipeline(IFeedStore store, ArticleService articles, ArticleRules rules, FetchOptions options, FeedHubMetrics metrics, TimeProvider time, ILogger<ArticlePipeline> logger)
{
    public const int BatchSize = 32;

    /// <summary>Settles pending entries, and failed ones whose retry is due, batch by batch until none is left.</summary>
    public async Task<ArticleTally> DrainAsync(Func<string, SourceDefinition?> sources, CancellationToken cancellationToken)
    {
        var tally = new ArticleTally();
        for (ArticleTally batch; (batch = await ProcessPendingAsync(sources, cancellationToken).ConfigureAwait(false)).Total > 0;)
        {
            tally += batch;
        }

        return tally;
    }

    /// <summary>Processes one batch; returns what became of its entries (nothing when none was due).</summary>
    public async Task<ArticleTally> ProcessPendingAsync(Func<string, SourceDefinition?> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var pending = await store.GetPendingArticlesAsync(BatchSize, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var settled = await Task.WhenAll(pending.Select(entry => SettleAsync(entry, sources(entry.SourceId), cancellationToken))).ConfigureAwait(false);
        return settled.Aggregate(new ArticleTally(), ArticleTally.Add);
    }

    /// <summary>
    /// Puts back into the queue every failed, refused or rejected article whose rules changed since it was decided
    /// (the operator allowed private networks, or changed its site's rule), so the next drain tries it under the new
    /// rules. Returns how many it put back.
    /// </summary>
    public async Task<int> RequeueChangedAsync(CancellationToken cancellationToken)
    {
        var decisions = await store.GetUnsuccessfulArticlesAsync(cancellationToken).ConfigureAwait(false);
        var changed = decisions
            .Where(d => Uri.TryCreate(d.Link, UriKind.Absolute, out var link) && d.DecidedBy != rules.KeyFor(link))
            .Select(d => (d.SourceId, d.ItemKey))
            .ToList();
        if (changed.Count > 0)
        {
            await store.RequeueArticlesAsync(changed, cancellationToken).ConfigureAwait(false);
            LogRequeued(changed.Count);
        }

        return changed.Count;
    }

    /// <summary>When an article that failed for the <paramref name="attempts"/>th time is tried again: after the first wait, doubled each time up to the maximum; null once the attempts are used up.</summary>
    public static DateTimeOffset? RetryAt(FetchOptions options, int attempts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (attempts >= options.ArticleAttempts)
        {
            return null;
        }

        var wait = options.ArticleRetryFirst.Ticks * Math.Pow(2, Math.Max(0, attempts - 1));
        return now + (wait >= options.ArticleRetryMaximum.Ticks ? options.ArticleRetryMaximum : TimeSpan.FromTicks((long)wait));
    }

    private async Task<ArticleTally> SettleAsync(Entry entry, SourceDefinition? source, CancellationToken cancellationToken)
    {
        Entry settled;
        ArticleTally outcome;
        ExtractionLabels labels;
        if (source is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var link))
        {
            settled = entry with { ArticleStatus = ArticleStatus.None, ArticleRetryAt = null };
            outcome = new ArticleTally { Skipped = 1 };
            labels = ExtractionLabels.Skipped;
        }
        else
        {
            using var activity = FeedHubActivities.StartExtraction(entry.SourceId, link);
            string? decidedBy = null;
            try
            {
                var (page, reused) = await articles.GetAsync(link, allowFiles: source.IsLocalFile, cancellationToken).ConfigureAwait(false);
                decidedBy = page.DecidedBy;
                settled = Judge(entry, page);
                outcome = reused ? new ArticleTally { Reused = 1 }
                    : page.Refused ? new ArticleTally { Refused = 1 }
                    : settled.ArticleStatus switch
                    {
                        ArticleStatus.Extracted => new ArticleTally { Extracted = 1 },
                        ArticleStatus.KeptFeedContent => new ArticleTally { KeptFeedContent = 1 },
                        _ => new ArticleTally { Failed = 1 },
                    };
                labels = ExtractionLabels.Of(settled.ArticleStatus, page, reused);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogArticleBroke(entry.SourceId, link.AbsoluteUri, e);
                settled = Failed(entry, "extraction failed: " + e.Message, refused: false);
                outcome = new ArticleTally { Failed = 1 };
                labels = ExtractionLabels.Broke;
            }

            settled = settled with { ArticleDecidedBy = decidedBy ?? rules.KeyFor(link) }; // the page's own key, computed once by ArticleService
            activity?.SetTag("feedhub.extraction.path", labels.Path).SetTag("feedhub.extraction.result", labels.Result);
            if (labels.Result is ExtractionLabels.FailedResult)
            {
                activity?.SetStatus(ActivityStatusCode.Error, settled.ArticleNote);
            }
        }

        await store.SaveArticleAsync(settled, cancellationToken).ConfigureAwait(false);
        metrics.Extraction(labels.Path, labels.Result);
        return outcome;
    }

    private Entry Judge(Entry entry, ExtractedPage page)
    {
        if (!page.Succeeded)
        {
            return Failed(entry, page.Error, page.Refused);
        }

        entry = entry with
        {
            CanonicalLink = page.CanonicalUrl,
            Language = page.Language ?? entry.Language,
            ExtractionPath = page.ExtractionPath,
            Image = page.Image ?? entry.Image,
            ArticleAttempts = 0,
            ArticleRetryAt = null,
        };
        var verdict = ExtractionGuard.Assess(page.Text ?? string.Empty, page.LinkDensity, entry.Content ?? entry.Summary);
        if (!verdict.Accepted)
        {
            LogKeptFeedContent(entry.SourceId, page.Url, verdict.Rejection!, verdict.Confidence);
            return entry with { ArticleStatus = ArticleStatus.KeptFeedContent, ArticleNote = verdict.Rejection, ArticleConfidence = verdict.Confidence, ArticleHtml = null, ArticleText = null, WordCount = null };
        }

        return entry with
        {
            ArticleHtml = page.Html,
            ArticleText = page.Text,
            WordCount = page.WordCount,
            ArticleStatus = ArticleStatus.Extracted,
            ArticleNote = null,
            ArticleConfidence = verdict.Confidence,
        };
    }

    /// <summary>A failed article: tried again later unless FeedHub's own rules refused it (then only when they change) or its attempts are used up.</summary>
    private Entry Failed(Entry entry, string? reason, bool refused)
    {
        var attempts = entry.ArticleAttempts + 1;
        var retryAt = refused ? null : RetryAt(options, attempts, time.GetUtcNow());
        var note = refused || retryAt is not null ? reason : $"{reason} (gave up after {attempts} attempts)";
        return entry with { ArticleStatus = ArticleStatus.Failed, ArticleNote = note, ArticleAttempts = attempts, ArticleRetryAt = retryAt };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: the article {Url} could not be extracted; it is marked failed")]
    private partial void LogArticleBroke(string sourceId, string url, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: kept the feed content for {Url}: {Reason} (confidence {Confidence})")]
    private partial void LogKeptFeedContent(string sourceId, string url, string reason, double confidence);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} failed, refused or rejected articles are tried again: the rules that decided them changed")]
    private partial void LogRequeued(int count);
}
