using FeedHub.Core.Model;

namespace FeedHub.Core.Store;

/// <summary>Everything the pipeline and the publishers need from storage; SQL lives only behind this.</summary>
public interface IFeedStore
{
    Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceState>> GetSourceStatesAsync(CancellationToken cancellationToken);

    /// <summary>The stored content hash and source fingerprint of each of these items of the source that exists already.</summary>
    Task<IReadOnlyDictionary<string, StoredHashes>> GetEntryHashesAsync(string sourceId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a poll's outcome in one transaction: the entries (new ones inserted; changed ones updated, keeping
    /// FirstSeen and any article already stored), the renewed fingerprints of unchanged entries, and the source's state.
    /// </summary>
    Task SavePollAsync(PollWrite poll, CancellationToken cancellationToken);

    /// <summary>The newest entries of these sources, newest first.</summary>
    Task<IReadOnlyList<Entry>> GetRecentEntriesAsync(IReadOnlyCollection<string> sourceIds, int limit, CancellationToken cancellationToken);

    /// <summary>Entries whose article is waiting to be fetched, oldest first, then failed ones whose retry is due at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Entry>> GetPendingArticlesAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every entry whose article failed, was refused or was rejected by the quality guard, with the rules that decided it.</summary>
    Task<IReadOnlyList<ArticleDecision>> GetUnsuccessfulArticlesAsync(CancellationToken cancellationToken);

    /// <summary>Makes these entries' articles pending again, with their attempts reset, in one transaction.</summary>
    Task RequeueArticlesAsync(IReadOnlyList<(string SourceId, string ItemKey)> entries, CancellationToken cancellationToken);

    /// <summary>Stores an entry's article outcome: its full text, or the status and note saying why there is none.</summary>
    Task SaveArticleAsync(Entry entry, CancellationToken cancellationToken);

    Task<ExtractedPage?> GetExtractedPageAsync(string url, CancellationToken cancellationToken);

    Task SaveExtractedPageAsync(ExtractedPage page, CancellationToken cancellationToken);

    /// <summary>Stores a digest cut at its fire time; a digest already stored for that feed and window is kept as it was.</summary>
    Task AddDigestAsync(Model.Digest digest, CancellationToken cancellationToken);

    /// <summary>Each source's entry and article counts (sources without entries are left out).</summary>
    Task<IReadOnlyList<SourceStats>> GetSourceStatsAsync(CancellationToken cancellationToken);

    /// <summary>The months (yyyy-MM, UTC) in which FeedHub first saw an entry of these sources, oldest first.</summary>
    Task<IReadOnlyList<string>> GetEntryMonthsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken);

    /// <summary>The entries of these sources first seen in [<paramref name="from"/>, <paramref name="until"/>), newest first.</summary>
    Task<IReadOnlyList<Entry>> GetEntriesFirstSeenAsync(IReadOnlyCollection<string> sourceIds, DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken);

    /// <summary>A feed's stored archive document for a period and format; null until one is stored.</summary>
    Task<byte[]?> GetArchiveAsync(string feedId, string period, string format, CancellationToken cancellationToken);

    /// <summary>Stores an archive document once: the first stored for (feed, period, format) is kept and returned, so an archive never changes.</summary>
    Task<byte[]> AddArchiveAsync(string feedId, string period, string format, byte[] body, CancellationToken cancellationToken);

    /// <summary>The feed's stored digests whose window ends from <paramref name="firstEnd"/> to <paramref name="lastEnd"/> (both included), newest first.</summary>
    Task<IReadOnlyList<Model.Digest>> GetDigestsAsync(string feedId, DateTimeOffset firstEnd, DateTimeOffset lastEnd, CancellationToken cancellationToken);

    Task<int> CountEntriesAsync(CancellationToken cancellationToken);

    /// <summary>How many entries of the source are dated (published, else updated, else first seen) at or after <paramref name="since"/>.</summary>
    Task<int> CountEntriesSinceAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>True when the database answers a query.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
