using System.Diagnostics;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Sanitizing;
using FeedHub.Core.Store;
using FeedHub.Core.Telemetry;
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
/// Each poll is one span, one count by status in <see cref="FeedHubMetrics"/>, and one log line: Information when
/// it succeeded (with its counts, bytes and duration), Warning when it failed or found the source gone.
/// </summary>
public sealed partial class PollPipeline(
    IFeedStore store,
    FeedFetcher fetcher,
    FeedParser parser,
    ArticleDoorbell articleDoorbell,
    ContentSanitizer sanitizer,
    PollPlanner planner,
    FeedHubMetrics metrics,
    TimeProvider time,
    ILogger<PollPipeline> logger)
{
    /// <summary>A permanent redirect is trusted, and the source moved, when it is seen on this many polls in a row (as Feedbin does).</summary>
    public const int MovesAfter = 3;

    public async Task<PollOutcome> PollAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var activity = FeedHubActivities.StartPoll(source.Id);
        var started = time.GetTimestamp();
        var outcome = await PollOnceAsync(source, cancellationToken).ConfigureAwait(false);
        Report(source, outcome, time.GetElapsedTime(started), activity);
        return outcome;
    }

    /// <summary>The label of a poll's status in metrics, spans and logs.</summary>
    public static string Label(PollStatus status) => status switch
    {
        PollStatus.Updated => "ok",
        PollStatus.NotModified => "not_modified",
        PollStatus.Gone => "gone",
        _ => "failed",
    };

    private async Task<PollOutcome> PollOnceAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        SourceState? state = null; // null until loaded: a poll that cannot even read its state must not overwrite it
        var url = source.Location;
        try
        {
            state = await store.GetSourceStateAsync(source.Id, cancellationToken).ConfigureAwait(false) ?? new SourceState { SourceId = source.Id };
            if (state.IsGone(source))
            {
                LogStillGone(source.Id, state.GoneAt!, state.GoneSince!.Value);
                return new PollOutcome(PollStatus.Gone, 0, 0, null, state.LastError);
            }

            url = state.PollUrl(source);
            var fetched = await fetcher.FetchAsync(new FetchRequest(url, state.ETag, state.LastModified, source.Headers), cancellationToken).ConfigureAwait(false);
            state = Followed(source, state, url, fetched.PermanentRedirect);
            if (fetched.NotModified)
            {
                var unchanged = await PlannedAsync(source, state with { LastError = null, ConsecutiveFailures = 0, FailingSince = null }, fetched.Freshness, 0, cancellationToken).ConfigureAwait(false);
                await store.SavePollAsync(PollWrite.StateOnly(unchanged), cancellationToken).ConfigureAwait(false);
                return new PollOutcome(PollStatus.NotModified, 0, 0, unchanged.NextDue!.Value);
            }

            var scanned = parser.Scan(fetched.Body, fetched.FinalUri, fetched.ContentType);
            var feed = scanned.Feed;
            var changes = await ChangesAsync(source, scanned, cancellationToken).ConfigureAwait(false);
            var entries = changes.Entries.Select(e => Sanitized(MarkForArticle(source, e, isNew: changes.New.Contains(e.ItemKey)))).ToList();
            var fresh = state with { ETag = fetched.ETag, LastModified = fetched.LastModified, LastError = null, ConsecutiveFailures = 0, FailingSince = null, Title = feed.Title ?? state.Title, SiteLink = feed.Link ?? state.SiteLink, Schedule = feed.Schedule };
            var newThisWeek = entries.Count(e => changes.New.Contains(e.ItemKey) && e.SortTime >= time.GetUtcNow() - TimeSpan.FromDays(7));
            var polled = await PlannedAsync(source, fresh, fetched.Freshness, newThisWeek, cancellationToken).ConfigureAwait(false);
            await store.SavePollAsync(new PollWrite(polled, entries, changes.Fingerprints), cancellationToken).ConfigureAwait(false);
            if (entries.Exists(e => e.ArticleStatus == ArticleStatus.Pending))
            {
                articleDoorbell.Notify();
            }

            return new PollOutcome(PollStatus.Updated, changes.New.Count, entries.Count - changes.New.Count, polled.NextDue!.Value) { Items = scanned.ItemsRead, Bytes = fetched.Body.Length };
        }
        catch (FetchException e) when (e.Status == 410 && state is not null)
        {
            return await GoneAsync(source, state, url, e.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FetchException or FeedParseException)
        {
            return await FailedAsync(source, state, url, e.Message, (e as FetchException)?.RetryAfter, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogPollBroke(source.Id, e);
            return await FailedAsync(source, state, url, "internal error: " + e.Message, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The poll's one log line (a gone source's is logged where that is found, with its address), its count and its span's outcome.</summary>
    private void Report(SourceDefinition source, PollOutcome outcome, TimeSpan elapsed, Activity? activity)
    {
        var status = Label(outcome.Status);
        var milliseconds = (long)elapsed.TotalMilliseconds;
        metrics.Poll(status);
        metrics.EntriesStored(outcome.NewEntries, outcome.UpdatedEntries);
        if (outcome.Status is PollStatus.Updated or PollStatus.NotModified)
        {
            LogPolled(source.Id, status, outcome.Items, outcome.NewEntries, outcome.UpdatedEntries, outcome.Bytes, milliseconds);
        }
        else if (outcome.Status == PollStatus.Failed)
        {
            LogPollFailed(source.Id, milliseconds, outcome.Error ?? "unknown");
        }

        activity?.SetTag("feedhub.poll.status", status).SetTag("feedhub.entries.new", outcome.NewEntries).SetTag("feedhub.entries.updated", outcome.UpdatedEntries).SetTag("feedhub.fetch.bytes", outcome.Bytes);
        if (outcome.Error is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcome.Error);
        }
    }

    /// <summary>
    /// Counts a permanent redirect (every hop 301 or 308) towards moving the source: the same target on
    /// <see cref="MovesAfter"/> polls in a row moves it; a poll without one, or with a temporary hop, starts over.
    /// The configured address is kept: the move holds only while the configuration names it.
    /// </summary>
    private SourceState Followed(SourceDefinition source, SourceState state, Uri polled, Uri? permanent)
    {
        if (permanent is null)
        {
            return state.RedirectStreak == 0 ? state : state with { RedirectTarget = null, RedirectStreak = 0 };
        }

        var target = permanent.AbsoluteUri;
        var streak = state.RedirectTarget == target ? state.RedirectStreak + 1 : 1;
        if (streak < MovesAfter)
        {
            return state with { RedirectTarget = target, RedirectStreak = streak };
        }

        LogMoved(source.Id, polled.AbsoluteUri, target, streak);
        return state with { MovedTo = target, MovedFrom = source.Location.AbsoluteUri, RedirectTarget = null, RedirectStreak = 0 };
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

    /// <summary>The state with this poll's time and the next due time the planner gives from what the poll learned.</summary>
    private async Task<SourceState> PlannedAsync(SourceDefinition source, SourceState state, TimeSpan? freshness, int newThisWeek, CancellationToken cancellationToken)
    {
        int? lastWeek = source.Adaptive
            ? newThisWeek + await store.CountEntriesSinceAsync(source.Id, time.GetUtcNow() - TimeSpan.FromDays(7), cancellationToken).ConfigureAwait(false)
            : null;
        var hints = new PollHints(0, freshness, state.Schedule, null, lastWeek);
        return state with { LastPolled = time.GetUtcNow(), NextDue = planner.NextDue(source, hints) };
    }

    /// <summary>
    /// A failed poll. A server that said when to come back (Retry-After) is polled then, and the failure does not
    /// count towards the back-off; any other failure is one more in a row, so the next due time backs off. A failure
    /// at the address the source moved to sends the next poll to the configured address. When even storing that
    /// fails (the store is what broke), or the state could not be read (so storing would overwrite its validators and
    /// title with nothing), the outcome still carries the due time, so the job reschedules the source instead of
    /// losing it.
    /// </summary>
    private async Task<PollOutcome> FailedAsync(SourceDefinition source, SourceState? state, Uri polled, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var known = state ?? new SourceState { SourceId = source.Id };
        var failures = retryAfter is null ? known.ConsecutiveFailures + 1 : known.ConsecutiveFailures;
        var failed = known with { LastError = error, ConsecutiveFailures = failures, LastPolled = time.GetUtcNow(), FailingSince = known.LastError is null ? time.GetUtcNow() : known.FailingSince ?? time.GetUtcNow() };
        if (known.MovedTo is not null && polled != source.Location)
        {
            LogMoveUndone(source.Id, polled.AbsoluteUri, source.Location.AbsoluteUri);
            failed = failed with { MovedTo = null, MovedFrom = null };
        }

        failed = failed with { NextDue = planner.NextDue(source, new PollHints(failures, null, known.Schedule, retryAfter)) };
        await TrySaveAsync(source, state, failed, cancellationToken).ConfigureAwait(false);
        return new PollOutcome(PollStatus.Failed, 0, 0, failed.NextDue!.Value, error);
    }

    /// <summary>410 Gone: the source is not polled again at this address until the operator changes it (or revives the source).</summary>
    private async Task<PollOutcome> GoneAsync(SourceDefinition source, SourceState state, Uri polled, string error, CancellationToken cancellationToken)
    {
        LogGone(source.Id, polled.AbsoluteUri);
        var gone = state with { LastError = error, GoneSince = time.GetUtcNow(), GoneAt = polled.AbsoluteUri, LastPolled = time.GetUtcNow(), NextDue = null };
        await TrySaveAsync(source, state, gone, cancellationToken).ConfigureAwait(false);
        return new PollOutcome(PollStatus.Gone, 0, 0, null, error);
    }

    private async Task TrySaveAsync(SourceDefinition source, SourceState? loaded, SourceState state, CancellationToken cancellationToken)
    {
        try
        {
            if (loaded is not null)
            {
                await store.SavePollAsync(PollWrite.StateOnly(state), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStateNotSaved(source.Id, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} polled: {Status}, {ItemCount} items, {NewEntries} new, {UpdatedEntries} updated, {Bytes} bytes, {ElapsedMs} ms")]
    private partial void LogPolled(string sourceId, string status, int itemCount, int newEntries, int updatedEntries, long bytes, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed after {ElapsedMs} ms: {Reason}")]
    private partial void LogPollFailed(string sourceId, long elapsedMs, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: the poll broke; it backs off and is tried again")]
    private partial void LogPollBroke(string sourceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} moved permanently from {From} to {To} ({Polls} polls in a row); the configured address stays the fallback")]
    private partial void LogMoved(string sourceId, string from, string to, int polls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed at {MovedTo}, where it had moved; the next poll goes to the configured {Configured}")]
    private partial void LogMoveUndone(string sourceId, string movedTo, string configured);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} is gone (HTTP 410 at {Url}): it is not polled again until its Url is changed or it is revived (feedhub sources revive)")]
    private partial void LogGone(string sourceId, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} is gone since {Since:u} (HTTP 410 at {Url}); not polled")]
    private partial void LogStillGone(string sourceId, string url, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {SourceId}: its failed poll could not be stored either ({Reason}); it is rescheduled all the same")]
    private partial void LogStateNotSaved(string sourceId, string reason);
}
