using System.Runtime.CompilerServices;
using System.Collections.Frozen;

namespace FeedHub.Core.Store;

/// <summary>
/// Counters the store bumps when it writes what a published document is built from, so that a rendered document
/// can be kept until its input changes, with no time-based staleness: each curated feed's counter moves when an
/// entry or article of one of its sources is written or a digest of the feed is stored; <see cref="Any"/> moves with
/// every write, source states included (the index shows them). Counters live in memory: one process, one cache;
/// processes sharing one database learn of each other's writes from that database (PostgreSQL's LISTEN/NOTIFY).
/// </summary>
public sealed class ContentVersions
{
    private readonly FrozenDictionary<string, string[]> feedsBySource;
    private readonly FrozenDictionary<string, StrongBox<long>> feeds;
    private long any;

    /// <param name="feedSources">Each curated feed's id and the ids of the sources it is built from.</param>
    public ContentVersions(IEnumerable<(string FeedId, IReadOnlyList<string> SourceIds)> feedSources)
    {
        ArgumentNullException.ThrowIfNull(feedSources);
        var list = feedSources.ToList();
        feeds = list.ToFrozenDictionary(f => f.FeedId, _ => new StrongBox<long>(), StringComparer.Ordinal);
        feedsBySource = list.SelectMany(f => f.SourceIds.Select(s => (Source: s, f.FeedId)))
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.FeedId).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Moves with every write.</summary>
    public long Any => Volatile.Read(ref any);

    /// <summary>The feed's counter; -1 for a feed this instance does not know (never cached).</summary>
    public long Of(string feedId) => feeds.TryGetValue(feedId, out var box) ? Volatile.Read(ref box.Value) : -1;

    /// <summary>Entries or articles of the source were written: every feed built from it changes.</summary>
    public void SourceChanged(string sourceId)
    {
        if (feedsBySource.TryGetValue(sourceId, out var affected))
        {
            foreach (var feed in affected)
            {
                Interlocked.Increment(ref feeds[feed].Value);
            }
        }

        Interlocked.Increment(ref any);
    }

    /// <summary>A digest of the feed was stored.</summary>
    public void FeedChanged(string feedId)
    {
        if (feeds.TryGetValue(feedId, out var box))
        {
            Interlocked.Increment(ref box.Value);
        }

        Interlocked.Increment(ref any);
    }

    /// <summary>Something only the index shows changed (a source's state).</summary>
    public void StateChanged() => Interlocked.Increment(ref any);

    /// <summary>
    /// Anything may have changed: every feed's counter and <see cref="Any"/> move. For when this process may have
    /// missed what another one wrote (a shared database whose change notices were lost for a while).
    /// </summary>
    public void EverythingChanged()
    {
        foreach (var box in feeds.Values)
        {
            Interlocked.Increment(ref box.Value);
        }

        Interlocked.Increment(ref any);
    }
}
