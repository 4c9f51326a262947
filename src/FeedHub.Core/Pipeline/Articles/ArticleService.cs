using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// Gives the extracted article for a link, fetching and extracting each URL at most once: a stored result,
/// success or failure, is reused. Downloads run a few at a time across all sources, and each host is visited
/// politely (<see cref="HostGates.Articles"/>: its own concurrency limit and spacing between requests).
/// </summary>
public sealed partial class ArticleService(
    IFeedStore store,
    ArticleFetcher fetcher,
    ArticleExtractor extractor,
    HostGates hosts,
    FetchOptions options,
    TimeProvider time,
    ILogger<ArticleService> logger) : IDisposable
{
    /// <summary>A failed page is tried again after this long; a success is kept for good.</summary>
    public static readonly TimeSpan RetryFailedAfter = TimeSpan.FromHours(6);

    private readonly SemaphoreSlim slots = new(Math.Max(1, options.ArticleConcurrency));

    public async Task<ExtractedPage> GetAsync(Uri url, bool allowFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var stored = await store.GetExtractedPageAsync(url.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        if (stored is not null && (stored.Succeeded || time.GetUtcNow() - stored.FetchedAt < RetryFailedAfter))
        {
            return stored;
        }

        var page = await ExtractAsync(url, allowFiles, cancellationToken).ConfigureAwait(false);
        await store.SaveExtractedPageAsync(page, cancellationToken).ConfigureAwait(false);
        return page;
    }

    private async Task<ExtractedPage> ExtractAsync(Uri url, bool allowFiles, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string html;
            Uri finalUri;
            using (await hosts.Articles.EnterAsync(url, cancellationToken).ConfigureAwait(false))
            {
                (html, finalUri) = await fetcher.FetchAsync(url, allowFiles, cancellationToken).ConfigureAwait(false);
            }

            var article = extractor.Extract(html, finalUri);
            return new ExtractedPage
            {
                Url = url.AbsoluteUri,
                Html = article.Html, // sanitized by the extractor, in its own tree, as its last step
                Text = article.Text,
                Title = article.Title,
                Byline = article.Author, // the name, not the page's credit line: it becomes the entry's author
                WordCount = article.WordCount,
                LinkDensity = article.LinkDensity,
                CanonicalUrl = article.CanonicalUrl,
                Language = article.Language,
                Image = article.Image,
                ExtractionPath = article.ExtractionPath,
                FetchedAt = time.GetUtcNow(),
            };
        }
        catch (FetchException e)
        {
            LogArticleFailed(url.AbsoluteUri, e.Message);
            return new ExtractedPage { Url = url.AbsoluteUri, Error = e.Message, FetchedAt = time.GetUtcNow() };
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Url} not extracted: {Reason}")]
    private partial void LogArticleFailed(string url, string reason);
}
