using FeedHub.Core.Curation.Clustering;
using FeedHub.Core.Model;
using FeedHub.Core.Store;

namespace FeedHub.Core.Curation;

/// <summary>
/// Builds a curated feed's stories: entries of its sources (named, or tagged with one of its tags), kept by its
/// rules, one per page (links compared without tracking parameters) and one per global item id (the same
/// "tag:" or "urn:" id, or absolute URL, carried by two sources is one item), grouped into stories (the same story from
/// several outlets is one item, led by its best article), newest first, at most MaxItems.
/// </summary>
public sealed class CuratedFeedBuilder(IFeedStore store, TimeProvider time, ClusteringOptions clustering)
{
    public async Task<IReadOnlyList<StoryEntry>> BuildAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var candidates = await store.GetRecentEntriesAsync(SourcesOf(feed, sources), (feed.MaxItems * 4) + 100, cancellationToken).ConfigureAwait(false);
        return Select(feed, candidates, time.GetUtcNow(), feed.MaxItems);
    }

    /// <summary>
    /// The stories of the feed's entries first seen in [<paramref name="from"/>, <paramref name="until"/>), judged by its
    /// rules as of <paramref name="until"/>: one archive page (RFC 5005) of at most <see cref="ArchiveLimit"/> stories.
    /// </summary>
    public async Task<IReadOnlyList<StoryEntry>> BuildArchiveAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var candidates = await store.GetEntriesFirstSeenAsync(SourcesOf(feed, sources), from, until, ArchiveLimit * 2, cancellationToken).ConfigureAwait(false);
        return Select(feed, candidates, until, ArchiveLimit);
    }

    public const int ArchiveLimit = 1000;

    private IReadOnlyList<StoryEntry> Select(CuratedFeedDefinition feed, IReadOnlyList<Entry> candidates, DateTimeOffset now, int max)
    {
        var kept = candidates
            .Where(e => feed.Rules.Keeps(e, now))
            .OrderByDescending(e => e.ArticleStatus == ArticleStatus.Extracted) // of two copies of one item, the fullest is kept
            .ThenByDescending(e => (e.ArticleText ?? e.Content ?? e.Summary)?.Length ?? 0)
            .ThenBy(e => e.FirstSeen)
            .DistinctBy(e => (e.CanonicalLink ?? e.Link) is { } link ? LinkNormalizer.Normalize(link) : e.SourceId + "\n" + e.ItemKey)
            .DistinctBy(e => IsGlobalId(e.ItemKey) ? e.ItemKey : e.SourceId + "\n" + e.ItemKey)
            .ToList();
        var stories = Stories(kept);
        var ordered = feed.RankByCoverage
            ? stories.OrderByDescending(s => s.Reports.Select(r => r.SourceId).Distinct().Count()).ThenByDescending(s => s.Time)
            : stories.OrderByDescending(s => s.Time);
        return [.. ordered.Take(max)];
    }

    /// <summary>Clusters the entries (oldest first, as they arrived) and leads each story with its fullest article.</summary>
    private IEnumerable<StoryEntry> Stories(List<Entry> entries)
    {
        var clusterer = new StoryClusterer(clustering);
        var byKey = entries.ToDictionary(e => e.SourceId + "\n" + e.ItemKey, StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.SortTime))
        {
            clusterer.Add(StoryItem.Of(entry.SourceId + "\n" + entry.ItemKey, entry.SortTime, entry.Title ?? string.Empty, entry.PlainText()));
        }

        return byKey.GroupBy(e => clusterer.ClusterOf(e.Key)).Select(group =>
        {
            var reports = group.Select(g => g.Value).OrderByDescending(e => e.ArticleStatus == ArticleStatus.Extracted).ThenByDescending(e => e.WordCount ?? 0).ThenBy(e => e.FirstSeen).ToList();
            return new StoryEntry(reports[0], reports);
        });
    }

    /// <summary>
    /// An id that names the item everywhere: a URI with a scheme ("tag:example.com,2026:42", "urn:uuid:…",
    /// "https://…"). Ids such as "42" or "story-88671" only mean something within their own feed.
    /// </summary>
    private static bool IsGlobalId(string key) =>
        Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Scheme is not "sha256" && (key.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> SourcesOf(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(sources);
        if (feed.Sources.Count == 0 && feed.Tags.Count == 0)
        {
            return [.. sources.Select(s => s.Id)];
        }

        return [.. sources
            .Where(s => feed.Sources.Contains(s.Id, StringComparer.OrdinalIgnoreCase) || s.Tags.Intersect(feed.Tags, StringComparer.OrdinalIgnoreCase).Any())
            .Select(s => s.Id)];
    }
}
