using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests.Postgres;

/// <summary>Two nodes writing the same thing at the same moment: once-only rows stay once-only.</summary>
[RequiresPostgres]
public sealed class PostgresConcurrencyTests(PostgresStoreFixture fixture) : StoreTests<PostgresStoreFixture>(fixture)
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public async Task A_digest_cut_by_two_nodes_at_once_is_stored_once_and_announced_once()
    {
        await using var otherNode = new PostgresDatabase(Fixture.ConnectionString);
        var versionsA = new ContentVersions([("town", [])]);
        var versionsB = new ContentVersions([("town", [])]);
        var nodeA = Fixture.StoreWith(versionsA);
        var nodeB = new PostgresFeedStore(otherNode, versionsB);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? nodeA : nodeB).AddDigestAsync(new Digest("town", "Town", "cut-" + i, Seven.AddDays(-1), Seven, []), CancellationToken.None)));

        var stored = Assert.Single(await Store.GetDigestsAsync("town", Seven, Seven, CancellationToken.None));
        Assert.StartsWith("cut-", stored.Id, StringComparison.Ordinal);
        Assert.Equal(1, versionsA.Of("town") + versionsB.Of("town")); // only the insert that stored it bumps
    }

    [PostgresFact]
    public async Task An_archive_stored_by_two_nodes_at_once_is_the_same_body_for_both()
    {
        await using var otherNode = new PostgresDatabase(Fixture.ConnectionString);
        var nodeB = new PostgresFeedStore(otherNode);

        var bodies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? Store : nodeB).AddArchiveAsync("town", "2026-11", "rss", [(byte)i], CancellationToken.None)));

        var kept = await Store.GetArchiveAsync("town", "2026-11", "rss", CancellationToken.None);
        Assert.All(bodies, body => Assert.Equal(kept, body));
    }
}
