using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage;

namespace FeedHub.Tests.Support;

/// <summary>
/// The real SQLite store with faults switched on by the test: writes of a poll that throw (a full disk, a locked
/// file), reads of a source's state that throw, or reading one URL's stored page that throws (anything the article job did not expect).
/// </summary>
public sealed class FailingStore(SqliteFeedStore inner) : IFeedStore
{
    private volatile bool failPollWrites;

    public bool FailPollWrites { get => failPollWrites; set => failPollWrites = value; }

    public string? FailPageUrl { get; set; }

    public bool FailStateReads { get; set; }

    public int FailedPollWrites => failedPollWrites;

    private int failedPollWrites;

    public Task SavePollAsync(PollWrite poll, CancellationToken cancellationToken)
    {
        if (FailPollWrites)
        {
            Interlocked.Increment(ref failedPollWrites);
            throw new IOException("disk I/O error (injected by the test)");
        }

        return inner.SavePollAsync(poll, cancellationToken);
    }

    public Task<ExtractedPage?> GetExtractedPageAsync(string url, CancellationToken cancellationToken) =>
        url == FailPageUrl ? throw new InvalidOperationException("page store broke (injected by the test)") : inner.GetExtractedPageAsync(url, cancellationToken);

    public Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken) =>
        FailStateReads ? throw new IOException("database is locked (injected by the test)") : inner.GetSourceStateAsync(sourceId, cancellationToken);

    public Task<IReadOnlyList<SourceState>> GetSourceStatesAsync(CancellationToken cancellationToken) => inner.GetSourceStatesAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, StoredHashes>> GetEntryHashesAsync(string sourceId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken) =>
        inner.GetEntryHashesAsync(sourceId, itemKeys, cancellationToken);

    public Task<IReadOnlyList<Entry>> GetRecentEntriesAsync(IReadOnlyCollection<string> sourceIds, int limit, CancellationToken cancellationToken) =>
        inner.GetRecentEntriesAsync(sourceIds, limit, cancellationToken);

    public Task<IReadOnlyList<Entry>> GetPendingArticlesAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken) => inner.GetPendingArticlesAsync(limit, now, cancellationToken);

    public Task<IReadOnlyList<ArticleDecision>> GetUnsuccessfulArticlesAsync(CancellationToken cancellationToken) => inner.GetUnsuccessfulArticlesAsync(cancellationToken);

    public Task RequeueArticlesAsync(IReadOnlyList<(string SourceId, string ItemKey)> entries, CancellationToken cancellationToken) => inner.RequeueArticlesAsync(entries, cancellationToken);

    public Task SaveArticleAsync(Entry entry, CancellationToken cancellationToken) => inner.SaveArticleAsync(entry, cancellationToken);

    public Task<IReadOnlyList<SourceStats>> GetSourceStatsAsync(CancellationToken cancellationToken) => inner.GetSourceStatsAsync(cancellationToken);

    public Task<IReadOnlyList<string>> GetEntryMonthsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken) => inner.GetEntryMonthsAsync(sourceIds, cancellationToken);

    public Task<IReadOnlyList<Entry>> GetEntriesFirstSeenAsync(IReadOnlyCollection<string> sourceIds, DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken) =>
        inner.GetEntriesFirstSeenAsync(sourceIds, from, until, limit, cancellationToken);

    public Task<byte[]?> GetArchiveAsync(string feedId, string period, string format, CancellationToken cancellationToken) => inner.GetArchiveAsync(feedId, period, format, cancellationToken);

    public Task<byte[]> AddArchiveAsync(string feedId, string period, string format, byte[] body, CancellationToken cancellationToken) => inner.AddArchiveAsync(feedId, period, format, body, cancellationToken);

    public Task SaveExtractedPageAsync(ExtractedPage page, CancellationToken cancellationToken) => inner.SaveExtractedPageAsync(page, cancellationToken);

    public Task AddDigestAsync(Digest digest, CancellationToken cancellationToken) => inner.AddDigestAsync(digest, cancellationToken);

    public Task<IReadOnlyList<Digest>> GetDigestsAsync(string feedId, DateTimeOffset firstEnd, DateTimeOffset lastEnd, CancellationToken cancellationToken) =>
        inner.GetDigestsAsync(feedId, firstEnd, lastEnd, cancellationToken);

    public Task<int> CountEntriesAsync(CancellationToken cancellationToken) => inner.CountEntriesAsync(cancellationToken);

    public Task<int> CountEntriesSinceAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.CountEntriesSinceAsync(sourceId, since, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
