using System.Globalization;
using FeedHub.Core.Model;
using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>
/// Times and orderings: SQLite compares fixed-width UTC text, PostgreSQL timestamptz instants, and the key columns
/// sort byte-wise on both; these facts hold the two to the same answers.
/// </summary>
public abstract partial class FeedStoreTests<TFixture>
    where TFixture : class, IStoreFixture
{
    private static readonly TimeSpan Plus2 = TimeSpan.FromHours(2);
    private static readonly TimeSpan Minus5 = TimeSpan.FromHours(-5);

    [StoreFact]
    public async Task Times_given_in_any_offset_come_back_as_the_same_instant_in_utc()
    {
        var published = new DateTimeOffset(2026, 11, 27, 14, 30, 15, Plus2).AddTicks(1234560); // microseconds: what both stores keep
        var seen = new DateTimeOffset(2026, 11, 27, 8, 0, 0, Minus5);
        await Store.UpsertEntriesAsync([NewEntry("1", "h1", seen) with { Published = published, Updated = published.AddDays(1) }], CancellationToken.None);
        await Store.SaveSourceStateAsync(new SourceState { SourceId = "s1", NextDue = seen.AddMinutes(30), LastPolled = seen }, CancellationToken.None);

        var entry = Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None));
        var state = await Store.GetSourceStateAsync("s1", CancellationToken.None);

        Assert.Equal((published.UtcTicks, TimeSpan.Zero), (entry.Published!.Value.UtcTicks, entry.Published.Value.Offset));
        Assert.Equal((published.AddDays(1).UtcTicks, seen.UtcTicks, seen.UtcTicks), (entry.Updated!.Value.UtcTicks, entry.FirstSeen.UtcTicks, entry.LastChanged.UtcTicks));
        Assert.Equal((seen.AddMinutes(30).UtcTicks, TimeSpan.Zero), (state!.NextDue!.Value.UtcTicks, state.NextDue.Value.Offset));
    }

    [StoreFact]
    public async Task Entries_at_the_same_time_are_ordered_by_item_key_byte_wise()
    {
        string[] keys = ["b", "B", "a", "_x", "Z", "ä"];
        await Store.UpsertEntriesAsync([.. keys.Select(k => NewEntry(k, "h", T0))], CancellationToken.None);

        var recent = await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None);

        Assert.Equal(["B", "Z", "_x", "a", "b", "ä"], recent.Select(e => e.ItemKey)); // code point order, not a language's
    }

    [StoreFact]
    public async Task Windows_and_counts_compare_instants_whatever_the_offsets()
    {
        var lateInUtc = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-2)); // 1 December 01:30 UTC
        await Store.UpsertEntriesAsync(
        [
            NewEntry("nov", "h", new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero)) with { Published = null },
            NewEntry("dec", "h", lateInUtc) with { Published = null },
        ], CancellationToken.None);
        var december = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9)); // 1 December 00:00 UTC

        var months = await Store.GetEntryMonthsAsync(["s1"], CancellationToken.None);
        var inDecember = await Store.GetEntriesFirstSeenAsync(["s1"], december, december.AddMonths(1), 10, CancellationToken.None);
        var since = await Store.CountEntriesSinceAsync("s1", december, CancellationToken.None);
        var sinceJustAfter = await Store.CountEntriesSinceAsync("s1", lateInUtc.AddTicks(10), CancellationToken.None);

        Assert.Equal(["2026-11", "2026-12"], months);
        Assert.Equal(["dec"], inDecember.Select(e => e.ItemKey));
        Assert.Equal((1, 0), (since, sinceJustAfter));
    }

    [StoreFact]
    public async Task Digests_are_found_by_window_end_newest_first_with_both_ends_included()
    {
        var ends = Enumerable.Range(0, 4).Select(d => new DateTimeOffset(2026, 11, 24 + d, 7, 0, 0, TimeSpan.Zero)).ToList();
        foreach (var end in ends)
        {
            await Store.AddDigestAsync(Digest("town", end), CancellationToken.None);
        }

        var found = await Store.GetDigestsAsync("town", ends[1].ToOffset(Plus2), ends[2].ToOffset(Minus5), CancellationToken.None);

        Assert.Equal([ends[2], ends[1]], found.Select(d => d.End));
    }

    private static Digest Digest(string feedId, DateTimeOffset end, string title = "Autumn fair draws crowds") =>
        new(feedId, "Town", feedId + "-" + end.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), end.AddDays(-1), end,
            [new DigestStory(title, "https://a.example/fair", [new DigestSource("Outlet a", "https://a.example/fair", end.AddHours(-5))], ["A summary."], 2, end.AddHours(-5))]);
}
