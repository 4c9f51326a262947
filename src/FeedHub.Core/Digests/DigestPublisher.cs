using FeedHub.Core.Curation;
using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Microsoft.Extensions.Logging;

namespace FeedHub.Core.Digests;

/// <summary>
/// Cuts and serves a curated feed's digests. When a schedule fires, <see cref="CutAsync"/> builds the window that
/// just closed and stores it, so what subscribers received stays as it was even when entries dated inside that
/// window arrive later. Windows the service did not cut (it was not running at the time) are built from the store
/// when asked for and not stored, so starting the service late never freezes a half-polled window.
/// </summary>
public sealed partial class DigestPublisher(IFeedStore store, CuratedFeedBuilder builder, ILogger<DigestPublisher> logger)
{
    /// <summary>How many stories a digest window is built from, at most.</summary>
    public const int MaxStories = 1000;

    /// <summary>Cuts the digest of the window ending at <paramref name="end"/> and stores it; null when it has no stories.</summary>
    public async Task<Digest?> CutAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var digest = await FindAsync(feed, sources, end, cancellationToken).ConfigureAwait(false);
        if (digest is null)
        {
            LogEmptyWindow(feed.Id, end);
            return null;
        }

        await store.AddDigestAsync(digest, cancellationToken).ConfigureAwait(false);
        LogCut(feed.Id, end, digest.Stories.Count);
        return digest;
    }

    /// <summary>The digest of the window ending at <paramref name="end"/>: the stored one, else built now (not stored).</summary>
    public async Task<Digest?> FindAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var stored = await store.GetDigestsAsync(feed.Id, end, end, cancellationToken).ConfigureAwait(false);
        return (stored.Count > 0 ? stored[0] : null)
            ?? DigestBuilder.Build(feed, await StoriesAsync(feed, sources, cancellationToken).ConfigureAwait(false), ById(sources), end - Schedule(feed).Window, end, await SitesAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The digests of the feed's last <paramref name="windows"/> windows due by <paramref name="now"/>, newest first.</summary>
    public async Task<IReadOnlyList<Digest>> RecentAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, DateTimeOffset now, int windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var schedule = Schedule(feed);
        var ends = schedule.FiresUntil(now, windows);
        if (ends.Count == 0)
        {
            return [];
        }

        var stored = (await store.GetDigestsAsync(feed.Id, ends[0], ends[^1], cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.End);
        IReadOnlyList<StoryEntry>? stories = null;
        IReadOnlyDictionary<string, string>? sites = null;
        var digests = new List<Digest>();
        foreach (var end in ends.Reverse())
        {
            if (!stored.TryGetValue(end, out var digest))
            {
                stories ??= await StoriesAsync(feed, sources, cancellationToken).ConfigureAwait(false);
                sites ??= await SitesAsync(cancellationToken).ConfigureAwait(false);
                digest = DigestBuilder.Build(feed, stories, ById(sources), end - schedule.Window, end, sites);
            }

            if (digest is not null)
            {
                digests.Add(digest);
            }
        }

        return digests;
    }

    private Task<IReadOnlyList<StoryEntry>> StoriesAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken) =>
        builder.BuildAsync(feed with { MaxItems = MaxStories }, sources, cancellationToken);

    /// <summary>Each polled source's own site, as its feed last named it.</summary>
    private async Task<IReadOnlyDictionary<string, string>> SitesAsync(CancellationToken cancellationToken) =>
        (await store.GetSourceStatesAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.SiteLink is not null)
            .ToDictionary(s => s.SourceId, s => s.SiteLink!, StringComparer.Ordinal);

    private static DigestSchedule Schedule(CuratedFeedDefinition feed) =>
        feed.Digest ?? throw new ArgumentException($"curated feed '{feed.Id}' has no digest schedule", nameof(feed));

    private static Dictionary<string, SourceDefinition> ById(IReadOnlyList<SourceDefinition> sources) => sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {FeedId} cut for the window ending {End:u}: {Stories} stories")]
    private partial void LogCut(string feedId, DateTimeOffset end, int stories);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {FeedId} for the window ending {End:u}: no stories, nothing published")]
    private partial void LogEmptyWindow(string feedId, DateTimeOffset end);
}
