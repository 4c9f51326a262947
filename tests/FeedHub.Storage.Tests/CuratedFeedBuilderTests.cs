using FeedHub.Core.Curation;
using FeedHub.Core.Curation.Clustering;
using FeedHub.Core.Model;
using Microsoft.Extensions.Time.Testing;

using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>Curated feeds built from a real store (each store runs these): one item per story, ordered newest first or by coverage.</summary>
public abstract class CuratedFeedBuilderTests<TFixture>(TFixture fixture) : StoreTests<TFixture>(fixture)
    where TFixture : class, IStoreFixture
{
    private const string Wire = "Port Ellery council approved a 44.5 million pound contract to rebuild the Mossbridge crossing on Tuesday. Work by Harlow Civil starts in April and should finish in 2028, the council said.";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Entry Report(string source, string key, string title, string text, int hoursAgo) => new()
    {
        SourceId = source,
        ItemKey = key,
        Title = title,
        Link = $"https://{source}.example/{key}",
        Published = Now.AddHours(-hoursAgo),
        Summary = text,
        ContentHash = key,
        FirstSeen = Now.AddHours(-hoursAgo),
        LastChanged = Now.AddHours(-hoursAgo),
    };

    private static readonly SourceDefinition[] Sources =
        [.. new[] { "a", "b" }.Select(id => new SourceDefinition { Id = id, Location = new Uri($"https://{id}.example/feed"), Interval = TimeSpan.FromHours(1) })];

    [StoreTheory]
    [InlineData(false, new[] { "Town choir wins regional title", "Council backs Mossbridge contract" })]
    [InlineData(true, new[] { "Council backs Mossbridge contract", "Town choir wins regional title" })]
    public async Task Reports_of_one_story_are_one_item_ordered_by_time_or_coverage(bool byCoverage, string[] titles)
    {
        await Store.UpsertEntriesAsync(
        [
            Report("a", "wire-a", "Council backs Mossbridge contract", Wire, 10),
            Report("b", "wire-b", "Mossbridge crossing deal approved", Wire, 9),
            Report("b", "choir", "Town choir wins regional title", "The Port Ellery town choir won the regional championship in Kelsby on Sunday with sea shanties.", 2),
        ], CancellationToken.None);
        var builder = new CuratedFeedBuilder(Store, new FakeTimeProvider(Now), new ClusteringOptions());

        var stories = await builder.BuildAsync(new CuratedFeedDefinition { Id = "f", Title = "F", RankByCoverage = byCoverage }, Sources, CancellationToken.None);

        Assert.Equal(titles, stories.Select(s => s.Lead.Title));
        Assert.Equal(2, stories.Single(s => s.Lead.Title!.Contains("Mossbridge", StringComparison.Ordinal)).Reports.Count);
    }

    [StoreFact]
    public async Task The_same_global_item_id_in_two_sources_is_one_entry_the_fuller_copy_but_a_local_id_is_not()
    {
        await Store.UpsertEntriesAsync(
        [
            Report("a", "tag:wire.example,2026:1234", "Harbour pilots agree new pay deal", "Harbour pilots in Port Ellery accepted a three-year pay deal worth 4.1 per cent a year on Monday, ending a dispute that delayed ferries.", 5) with { Link = "https://a.example/pilots" },
            Report("b", "tag:wire.example,2026:1234", "Pilots accept pay offer", "The pay offer was put to a ballot of members last week.", 4) with { Link = "https://b.example/2026/pilots-pay" },
            Report("a", "42", "Library opens makerspace", "The central library opened a makerspace with two laser cutters and a sewing corner on Saturday.", 3),
            Report("b", "42", "Allotment waiting list halves", "The waiting list for council allotments has halved since the spring, the parks department said.", 2),
        ], CancellationToken.None);
        var builder = new CuratedFeedBuilder(Store, new FakeTimeProvider(Now), new ClusteringOptions());

        var stories = await builder.BuildAsync(new CuratedFeedDefinition { Id = "f", Title = "F" }, Sources, CancellationToken.None);

        Assert.Equal(["Allotment waiting list halves", "Library opens makerspace", "Harbour pilots agree new pay deal"], stories.Select(s => s.Lead.Title)); // the fuller copy
        Assert.Single(stories[2].Reports);
    }
}
