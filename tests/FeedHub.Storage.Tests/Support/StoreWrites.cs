using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage.Postgres;

namespace FeedHub.Storage.Tests.Support;

/// <summary>The writes tests arrange data with that both stores have beyond <see cref="IFeedStore"/>, on either store.</summary>
public static class StoreWrites
{
    public static Task UpsertEntriesAsync(this IFeedStore store, IReadOnlyList<Entry> entries, CancellationToken cancellationToken) => store switch
    {
        SqliteFeedStore sqlite => sqlite.UpsertEntriesAsync(entries, cancellationToken),
        PostgresFeedStore postgres => postgres.UpsertEntriesAsync(entries, cancellationToken),
        _ => throw new NotSupportedException(store.GetType().Name),
    };

    public static Task SaveSourceStateAsync(this IFeedStore store, SourceState state, CancellationToken cancellationToken) => store switch
    {
        SqliteFeedStore sqlite => sqlite.SaveSourceStateAsync(state, cancellationToken),
        PostgresFeedStore postgres => postgres.SaveSourceStateAsync(state, cancellationToken),
        _ => throw new NotSupportedException(store.GetType().Name),
    };

    public static Task SaveSourceFingerprintsAsync(this IFeedStore store, string sourceId, IReadOnlyDictionary<string, string> fingerprints, CancellationToken cancellationToken) => store switch
    {
        SqliteFeedStore sqlite => sqlite.SaveSourceFingerprintsAsync(sourceId, fingerprints, cancellationToken),
        PostgresFeedStore postgres => postgres.SaveSourceFingerprintsAsync(sourceId, fingerprints, cancellationToken),
        _ => throw new NotSupportedException(store.GetType().Name),
    };
}
