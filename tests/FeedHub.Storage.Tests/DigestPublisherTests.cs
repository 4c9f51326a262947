using System.Text.Json;
using FeedHub.Core.Curation;
using FeedHub.Core.Curation.Clustering;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>
/// Digests cut and served from a real store (each store runs these): a cut digest stays as subscribers received it when entries
/// dated inside its window arrive later, while a window that was never cut is built from what is stored now.
/// </summary>
public abstract class DigestPublisherTests<TFixture>(TFixture fixture) : StoreTests<TFixture>(fixture)
    where TFixture : class, IStoreFixture
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);
    private static readonly SourceDefinition[] Sources =
        [.. new[] { "a", "b" }.Select(id => new SourceDefinition { Id = id, Title = "Outlet " + id, Location = new Uri($"https://{id}.example/feed"), Interval = TimeSpan.FromHours(1) })];

    private static readonly CuratedFeedDefinition Feed = new()
    {
        Id = "town",
        Title = "Town",
        Digest = new DigestSchedule("0 0 7 * * ?", TimeZoneInfo.Utc, TimeSpan.FromDays(1)),
    };

    private readonly FakeTimeProvider time = new(Seven.AddMinutes(1));

    private DigestPublisher Publisher() =>
        new(Store, new CuratedFeedBuilder(Store, time, new ClusteringOptions()), NullLogger<DigestPublisher>.Instance);

    private static Entry Report(string source, string key, string title, DateTimeOffset published) => new()
    {
        SourceId = source,
        ItemKey = key,
        Title = title,
        Link = $"https://{source}.example/{key}",
        Published = published,
        Summary = $"<p>{title}, the {source} outlet reported this morning in a short item for its readers.</p>",
        ContentHash = key,
        FirstSeen = published,
        LastChanged = published,
    };

    [StoreFact]
    public async Task A_cut_digest_keeps_its_stories_when_a_late_entry_dated_in_its_window_arrives()
    {
        await Store.UpsertEntriesAsync([Report("a", "fair", "Autumn fair draws crowds", Seven.AddHours(-5))], CancellationToken.None);
        var publisher = Publisher();

        var cut = await publisher.CutAsync(Feed, Sources, Seven, CancellationToken.None);
        await Store.UpsertEntriesAsync([Report("b", "choir", "Town choir wins regional title", Seven.AddHours(-3))], CancellationToken.None);
        var served = await publisher.RecentAsync(Feed, Sources, time.GetUtcNow(), 3, CancellationToken.None);
        var again = await publisher.CutAsync(Feed, Sources, Seven, CancellationToken.None);

        Assert.Equal(["Autumn fair draws crowds"], cut!.Stories.Select(s => s.Title));
        Assert.Equal(JsonSerializer.Serialize(cut), JsonSerializer.Serialize(served[0]));
        Assert.Equal(JsonSerializer.Serialize(cut), JsonSerializer.Serialize(again));
        Assert.Single(await Store.GetDigestsAsync(Feed.Id, Seven.AddDays(-30), Seven.AddDays(30), CancellationToken.None));
    }

    [StoreFact]
    public async Task A_window_never_cut_is_built_from_the_store_and_not_stored()
    {
        await Store.UpsertEntriesAsync(
        [
            Report("a", "fair", "Autumn fair draws crowds", Seven.AddHours(-5)),
            Report("b", "choir", "Town choir wins regional title", Seven.AddDays(-1).AddHours(-2)),
        ], CancellationToken.None);

        var served = await Publisher().RecentAsync(Feed, Sources, time.GetUtcNow(), 3, CancellationToken.None);

        Assert.Equal([Seven, Seven.AddDays(-1)], served.Select(d => d.End));
        Assert.Equal(["Autumn fair draws crowds"], served[0].Stories.Select(s => s.Title));
        Assert.Equal(["Town choir wins regional title"], served[1].Stories.Select(s => s.Title));
        Assert.Empty(await Store.GetDigestsAsync(Feed.Id, Seven.AddDays(-30), Seven.AddDays(30), CancellationToken.None));
    }

    [StoreFact]
    public async Task An_empty_window_is_neither_cut_nor_served()
    {
        var publisher = Publisher();

        Assert.Null(await publisher.CutAsync(Feed, Sources, Seven, CancellationToken.None));
        Assert.Empty(await publisher.RecentAsync(Feed, Sources, time.GetUtcNow(), 3, CancellationToken.None));
        Assert.Empty(await Store.GetDigestsAsync(Feed.Id, Seven.AddDays(-30), Seven.AddDays(30), CancellationToken.None));
    }
}
