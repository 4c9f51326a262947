using FeedHub.Core.Curation;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline;

/// <summary>
/// The one orchestrator of a poll, top to bottom: load the source's state, fetch conditionally (a 304 stops here),
/// parse, keep the items that are new or changed (an item read from the same bytes as last time is skipped before
/// its HTML is even decoded, see <see cref="ItemFingerprint"/>), mark new ones of full-text sources for the article
/// worker, sanitize (last), store in one transaction, and plan the next poll. Article pages are fetched by
/// <see cref="ArticleWorker"/> afterwards, so a slow site never holds up a poll. Jobs and the CLI call this.
/// </summary>
public sealed partial class SourceRefresher(
    IFeedStore store,
    FeedFetcher fetcher,
    FeedParser parser,
    ArticleDoorbell articleDoorbell,
    ContentSanitizer sanitizer,
    PollPlanner planner,
    TimeProvider time,
    ILogger<SourceRefresher> logger)
{
    public async Task<RefreshOutcome> RefreshAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var state = await store.GetSourceStateAsync(source.Id, cancellationToken).ConfigureAwait(false) ?? new SourceState { SourceId = source.Id };
        try
        {
            var fetched = await fetcher.FetchAsync(new FetchRequest(source.Location, state.ETag, state.LastModified, source.Headers), cancellationToken).ConfigureAwait(false);
            if (fetched.NotModified)
            {
                LogNotModified(source.Id);
                return await FinishAsync(source, state with { LastError = null, ConsecutiveFailures = 0 }, fetched.MinimumDelay, RefreshStatus.NotModified, 0, 0, cancellationToken).ConfigureAwait(false);
            }

            var feed = parser.Parse(fetched.Body, fetched.FinalUri, fetched.ContentType);
            var (added, updated) = await StoreItemsAsync(source, feed, cancellationToken).ConfigureAwait(false);
            LogRefreshed(source.Id, feed.Items.Count, added, updated);
            var next = state with { ETag = fetched.ETag, LastModified = fetched.LastModified, LastError = null, ConsecutiveFailures = 0, Title = feed.Title ?? state.Title };
            return await FinishAsync(source, next, fetched.MinimumDelay, RefreshStatus.Updated, added, updated, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FetchException or FeedParseException)
        {
            LogRefreshFailed(source.Id, e.Message);
            var failed = state with { LastError = e.Message, ConsecutiveFailures = state.ConsecutiveFailures + 1 };
            var outcome = await FinishAsync(source, failed, (e as FetchException)?.RetryAfter, RefreshStatus.Failed, 0, 0, cancellationToken).ConfigureAwait(false);
            return outcome with { Error = e.Message };
        }
    }

    private async Task<(int Added, int Updated)> StoreItemsAsync(SourceDefinition source, ParsedFeed feed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var items = feed.Items.Select(item => (Item: item, Key: EntryMapper.KeyOf(item))).DistinctBy(i => i.Key).ToList();
        var known = await store.GetEntryHashesAsync(source.Id, [.. items.Select(i => i.Key)], cancellationToken).ConfigureAwait(false);
        var changed = new List<Entry>();
        var sameItemNewBytes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, key) in items)
        {
            var fingerprint = ItemFingerprint.Of(item);
            var stored = known.GetValueOrDefault(key);
            if (stored?.SourceFingerprint == fingerprint)
            {
                continue; // the same bytes as last time: nothing to decode or compare
            }

            var entry = EntryMapper.Map(source.Id, item, feed.Language, now, fingerprint, key);
            if (stored?.ContentHash == entry.ContentHash)
            {
                sameItemNewBytes[key] = fingerprint; // unchanged, read from other bytes (or before fingerprints were kept)
            }
            else
            {
                changed.Add(entry);
            }
        }

        var prepared = changed.Select(e => Prepare(source, e, isNew: !known.ContainsKey(e.ItemKey))).ToList();
        await store.UpsertEntriesAsync(prepared, cancellationToken).ConfigureAwait(false);
        await store.SaveSourceFingerprintsAsync(source.Id, sameItemNewBytes, cancellationToken).ConfigureAwait(false);
        if (prepared.Exists(e => e.ArticleStatus == ArticleStatus.Pending))
        {
            articleDoorbell.Notify();
        }

        var added = changed.Count(e => !known.ContainsKey(e.ItemKey));
        return (added, changed.Count - added);
    }

    /// <summary>Marks a new entry of a full-text source for the article worker, then sanitizes every HTML field (last).</summary>
    private Entry Prepare(SourceDefinition source, Entry entry, bool isNew)
    {
        if (isNew && source.FullText && entry.Link is not null && Uri.TryCreate(entry.Link, UriKind.Absolute, out _))
        {
            entry = entry with { ArticleStatus = ArticleStatus.Pending };
        }

        return entry with
        {
            Summary = entry.Summary is null ? null : sanitizer.Sanitize(entry.Summary),
            Content = entry.Content is null ? null : sanitizer.Sanitize(entry.Content),
            ArticleHtml = entry.ArticleHtml is null ? null : sanitizer.Sanitize(entry.ArticleHtml),
        };
    }

    private async Task<RefreshOutcome> FinishAsync(SourceDefinition source, SourceState state, TimeSpan? serverDelay, RefreshStatus status, int added, int updated, CancellationToken cancellationToken)
    {
        var nextDue = planner.NextDue(source, state.ConsecutiveFailures, serverDelay);
        await store.SaveSourceStateAsync(state with { LastPolled = time.GetUtcNow(), NextDue = nextDue }, cancellationToken).ConfigureAwait(false);
        return new RefreshOutcome(status, added, updated, nextDue);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} not modified")]
    private partial void LogNotModified(string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} refreshed: {ItemCount} items, {NewEntries} new, {UpdatedEntries} updated")]
    private partial void LogRefreshed(string sourceId, int itemCount, int newEntries, int updatedEntries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed: {Reason}")]
    private partial void LogRefreshFailed(string sourceId, string reason);
}
