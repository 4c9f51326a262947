using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>What is stored once and never changes, and the counters each committed write moves.</summary>
public abstract partial class FeedStoreTests<TFixture>
    where TFixture : class, IStoreFixture
{
    [StoreFact]
    public async Task A_digest_is_stored_once_per_feed_and_window_and_keeps_what_was_stored_first()
    {
        var first = Digest("town", T0);

        await Store.AddDigestAsync(first, CancellationToken.None);
        await Store.AddDigestAsync(Digest("town", T0, title: "A later cut"), CancellationToken.None);
        await Store.AddDigestAsync(Digest("harbour", T0), CancellationToken.None);

        var stored = Assert.Single(await Store.GetDigestsAsync("town", T0.AddDays(-1), T0.AddDays(1), CancellationToken.None));
        Assert.Equal("Autumn fair draws crowds", Assert.Single(stored.Stories).Title);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(stored));
    }

    [StoreFact]
    public async Task An_archive_is_stored_once_and_the_first_body_is_returned_ever_after()
    {
        Assert.Null(await Store.GetArchiveAsync("town", "2026-11", "rss", CancellationToken.None));

        var first = await Store.AddArchiveAsync("town", "2026-11", "rss", [1, 2, 3], CancellationToken.None);
        var second = await Store.AddArchiveAsync("town", "2026-11", "rss", [9], CancellationToken.None);

        Assert.Equal([1, 2, 3], first);
        Assert.Equal([1, 2, 3], second);
        Assert.Equal([1, 2, 3], await Store.GetArchiveAsync("town", "2026-11", "rss", CancellationToken.None));
        Assert.Null(await Store.GetArchiveAsync("town", "2026-11", "atom", CancellationToken.None));
    }

    [StoreFact]
    public async Task Committed_writes_move_the_counters_of_what_they_change()
    {
        var versions = new ContentVersions([("town", ["s1"]), ("harbour", ["s2"])]);
        var store = Fixture.StoreWith(versions);

        await store.UpsertEntriesAsync([NewEntry("1", "h", T0)], CancellationToken.None);
        var afterEntries = (versions.Of("town"), versions.Of("harbour"), versions.Any);
        await store.SavePollAsync(PollWrite.StateOnly(new SourceState { SourceId = "s2" }), CancellationToken.None);
        var afterState = (versions.Of("town"), versions.Of("harbour"), versions.Any);
        await store.AddDigestAsync(Digest("harbour", T0), CancellationToken.None);
        await store.AddDigestAsync(Digest("harbour", T0), CancellationToken.None); // kept as it was: nothing changed
        var afterDigest = (versions.Of("town"), versions.Of("harbour"), versions.Any);

        Assert.Equal((1L, 0L, 1L), afterEntries);
        Assert.Equal((1L, 0L, 2L), afterState);
        Assert.Equal((1L, 1L, 3L), afterDigest);
    }
}
