using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// Gives the extracted article for a link, fetching and extracting each URL at most once under the same rules
/// (<see cref="ArticleRules"/>): a stored success or refusal is reused while the rules stay, a failure for one retry
/// step (<see cref="FetchOptions.ArticleRetryFirst"/>), so entries of several sources sharing a link fetch it once. Downloads run a few at a time across all sources, and each host is visited
/// politely (<see cref="HostGates.Articles"/>: its own concurrency limit and spacing between requests).
/// </summary>
public sealed partial class ArticleService(
    IFeedStore store,
    ArticleFetcher fetcher,
    ArticleExtractor extractor,
    HostGates hosts,
    ArticleRules rules,
    FetchOptions options,
    TimeProvider time,
    ILogger<ArticleService> logger) : IDisposable
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.ArticleConcurrency));

    /// <summary>The page for <paramref name="url"/>, and whether it was reused rather than fetched now.</summary>
    public async Task<(ExtractedPage Page, bool Reused)> GetAsync(Uri url, bool allowFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var decidedBy = rules.KeyFor(url);
        var stored = await store.GetExtractedPageAsync(url.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.DecidedBy == decidedBy && (stored.Succeeded || stored.Refused || time.GetUtcNow() - stored.FetchedAt < options.ArticleRetryFirst))
        {
            return (stored, true);
        }

        var page = await ExtractAsync(url, allowFiles, decidedBy, cancellationToken).ConfigureAwait(false);
        await store.SaveExtractedPageAsync(page, cancellationToken).ConfigureAwait(false);
        return (page, false);
    }

    private async Task<ExtractedPage> ExtractAsync(Uri url, bool allowFiles, string decidedBy, CancellationToken cancellationToken)
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
                DecidedBy = decidedBy,
                FetchedAt = time.GetUtcNow(),
            };
        }
        catch (FetchException e)
        {
            LogArticleFailed(url.AbsoluteUri, e.Message);
            return new ExtractedPage { Url = url.AbsoluteUri, Error = e.Message, Refused = e.Refused, DecidedBy = decidedBy, FetchedAt = time.GetUtcNow() };
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
