using FeedHub.Core.Model;
using FeedHub.Core.Pipeline;

namespace FeedHub.Core.Curation;

/// <summary>
/// Builds a curated feed's items: entries of its sources (named, or tagged with one of its tags), kept by its
/// rules, one per page (links compared without tracking parameters), newest first, at most MaxItems.
/// </summary>
public sealed class CuratedFeedBuilder(IFeedStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<Entry>> BuildAsync(CuratedFeedDefinition feed, IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var sourceIds = SourcesOf(feed, sources);
        var candidates = await store.GetRecentEntriesAsync(sourceIds, (feed.MaxItems * 4) + 100, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return [.. candidates
            .Where(e => feed.Rules.Keeps(e, now))
            .OrderByDescending(e => e.SortTime)
            .DistinctBy(e => e.Link is null ? e.SourceId + "\n" + e.ItemKey : LinkNormalizer.Normalize(e.Link))
            .Take(feed.MaxItems)];
    }

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
