using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Sanitizing;
using FeedHub.Core.Store;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Pipeline.Polling;

/// <summary>
/// The poll job, top to bottom (<see cref="PollAsync"/>): load the source's state, fetch conditionally (a 304 stops
/// here), parse, keep the items that are new or changed (an item read from the same bytes as last time is skipped
/// before its HTML is even decoded, see <see cref="ItemFingerprint"/>), mark new ones of full-text sources for the
/// article job, sanitize every HTML field (last, once), and store entries, fingerprints and the source's state with
/// its next due time in one transaction. Every poll ends with a next due time, whatever it met: a fetch or parse
/// error, or a failure of our own (a store that throws), is a failed poll that backs off, never a lost source.
/// Article pages are fetched by <see cref="ArticlePipeline"/> afterwards, so a slow site never holds up a poll.
/// </summary>
public sealed partial class PollPipeline(
    IFeedStore store,
    FeedFetcher fetcher,
    FeedParser parser,
    ArticleDoorbell articleDoorbell,
    ContentSanitizer sanitizer,
    PollPlanner planner,
    TimeProvider time,
    ILogger<PollPipeline> logger)
{
    public async Task<PollOutcome> PollAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        SourceState? state = null; // null until loaded: a poll that cannot even read its state must not overwrite it
        try
        {
            state = await store.GetSourceStateAsync(source.Id, cancellationToken).ConfigureAwait(false) ?? new SourceState { SourceId = source.Id };
            var fetched = await fetcher.FetchAsync(new FetchRequest(source.Location, state.ETag, state.LastModified, source.Headers), cancellationToken).ConfigureAwait(false);
            if (fetched.NotModified)
            {
                LogNotModified(source.Id);
                var unchanged = Planned(source, state with { LastError = null, ConsecutiveFailures = 0 }, fetched.MinimumDelay);
                await store.SavePollAsync(PollWrite.StateOnly(unchanged), cancellationToken).ConfigureAwait(false);
                return new PollOutcome(PollStatus.NotModified, 0, 0, unchanged.NextDue!.Value);
            }

            var scanned = parser.Scan(fetched.Body, fetched.FinalUri, fetched.ContentType);
            var feed = scanned.Feed;
            var changes = await ChangesAsync(source, scanned, cancellationToken).ConfigureAwait(false);
            var entries = changes.Entries.Select(e => Sanitized(MarkForArticle(source, e, isNew: changes.New.Contains(e.ItemKey)))).ToList();
            var polled = Planned(source, state with { ETag = fetched.ETag, LastModified = fetched.LastModified, LastError = null, ConsecutiveFailures = 0, Title = feed.Title ?? state.Title }, fetched.MinimumDelay);
            await store.SavePollAsync(new PollWrite(polled, entries, changes.Fingerprints), cancellationToken).ConfigureAwait(false);
            if (entries.Exists(e => e.ArticleStatus == ArticleStatus.Pending))
            {
                articleDoorbell.Notify();
            }

            LogRefreshed(source.Id, scanned.ItemsRead, changes.New.Count, entries.Count - changes.New.Count);
            return new PollOutcome(PollStatus.Updated, changes.New.Count, entries.Count - changes.New.Count, polled.NextDue!.Value);
        }
        catch (Exception e) when (e is FetchException or FeedParseException)
        {
            LogRefreshFailed(source.Id, e.Message);
            return await FailedAsync(source, state, e.Message, (e as FetchException)?.RetryAfter, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogPollBroke(source.Id, e);
            return await FailedAsync(source, state, "internal error: " + e.Message, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The items that are new or changed since the last poll, and the renewed fingerprints of those that are not.</summary>
    private async Task<(List<Entry> Entries, HashSet<string> New, Dictionary<string, string> Fingerprints)> ChangesAsync(SourceDefinition source, ScannedFeed feed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var known = await store.GetEntryHashesAsync(source.Id, [.. feed.Items.Select(i => i.Key)], cancellationToken).ConfigureAwait(false);
        var changed = new List<Entry>();
        var sameItemNewBytes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in feed.Items)
        {
            var stored = known.GetValueOrDefault(item.Key);
            if (stored?.SourceFingerprint == item.Fingerprint)
            {
                continue; // the same bytes as last time: nothing to decode or compare
            }

            var entry = EntryMapper.Map(source.Id, item.Materialize(), feed.Feed.Language, now, item.Fingerprint, item.Key);
            if (stored?.ContentHash == entry.ContentHash)
            {
                sameItemNewBytes[item.Key] = item.Fingerprint; // unchanged, read from other bytes (or before fingerprints were kept)
            }
            else
            {
                changed.Add(entry);
            }
        }

        return (changed, [.. changed.Where(e => !known.ContainsKey(e.ItemKey)).Select(e => e.ItemKey)], sameItemNewBytes);
    }

    /// <summary>A new entry of a full-text source waits for the article job.</summary>
    private static Entry MarkForArticle(SourceDefinition source, Entry entry, bool isNew) =>
        isNew && source.FullText && entry.Link is not null && Uri.TryCreate(entry.Link, UriKind.Absolute, out _)
            ? entry with { ArticleStatus = ArticleStatus.Pending }
            : entry;

    /// <summary>The feed's HTML fields, sanitized right before they are stored (a poll stores no article HTML).</summary>
    private Entry Sanitized(Entry entry) => entry with
    {
        Summary = entry.Summary is null ? null : sanitizer.Sanitize(entry.Summary),
        Content = entry.Content is null ? null : sanitizer.Sanitize(entry.Content),
    };

    private SourceState Planned(SourceDefinition source, SourceState state, TimeSpan? serverDelay) =>
        state with { LastPolled = time.GetUtcNow(), NextDue = planner.NextDue(source, state.ConsecutiveFailures, serverDelay) };

    /// <summary>
    /// A failed poll: one more consecutive failure, so the next due time backs off. When even storing that fails
    /// (the store is what broke), or the state could not be read (so storing would overwrite its validators and
    /// title with nothing), the outcome still carries the backed-off due time, so the job reschedules the source
    /// instead of losing it.
    /// </summary>
    private async Task<PollOutcome> FailedAsync(SourceDefinition source, SourceState? state, string error, TimeSpan? serverDelay, CancellationToken cancellationToken)
    {
        var known = state ?? new SourceState { SourceId = source.Id };
        var failed = Planned(source, known with { LastError = error, ConsecutiveFailures = known.ConsecutiveFailures + 1 }, serverDelay);
        try
        {
            if (state is not null)
            {
                await store.SavePollAsync(PollWrite.StateOnly(failed), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStateNotSaved(source.Id, e.Message);
        }

        return new PollOutcome(PollStatus.Failed, 0, 0, failed.NextDue!.Value, error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} not modified")]
    private partial void LogNotModified(string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} refreshed: {ItemCount} items, {NewEntries} new, {UpdatedEntries} updated")]
    private partial void LogRefreshed(string sourceId, int itemCount, int newEntries, int updatedEntries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed: {Reason}")]
    private partial void LogRefreshFailed(string sourceId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: the poll broke; it backs off and is tried again")]
    private partial void LogPollBroke(string sourceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: its failed poll could not be stored either ({Reason}); it is rescheduled all the same")]
    private partial void LogStateNotSaved(string sourceId, string reason);
}
