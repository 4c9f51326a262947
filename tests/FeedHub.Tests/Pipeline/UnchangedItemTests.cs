using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// Polls of a feed served over real HTTP as it gains an item, takes the System.Xml path for one poll, and corrects
/// an item: an item read from the same bytes is skipped by its fingerprint, one read another way is compared by its
/// content hash and not reported as updated, and a real change is still an update.
/// </summary>
public sealed class UnchangedItemTests() : LoopbackTest("feedhub-unchanged-")
{
    private static readonly DateTime Served = new(2026, 11, 28, 6, 0, 0, DateTimeKind.Utc);
    private int version;



    [Fact]
    public async Task Unchanged_items_are_never_reported_as_updated_whichever_way_they_were_read()
    {
        await using var provider = PipelineServices.Build(Folder, new Dictionary<string, string?>
        {
            ["FeedHub:Database"] = Path.Combine(Folder, "unchanged.db"),
            ["FeedHub:Fetching:PerHostSpacingSeconds"] = "0",
            ["FeedHub:Sources:0:Id"] = "harbour",
            ["FeedHub:Sources:0:Url"] = new Uri(Site.BaseUri, "harbour.rss").AbsoluteUri,
        });
        await provider.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var source = provider.GetRequiredService<FeedHubCatalog>().Sources.Single();
        var store = provider.GetRequiredService<IFeedStore>();
        var refresher = provider.GetRequiredService<PollPipeline>();

        await ServeAsync("", Item(1), Item(2));
        Assert.Equal((2, 0), Counts(await refresher.PollAsync(source, CancellationToken.None)));
        var first = await store.GetEntryHashesAsync("harbour", ["1", "2"], CancellationToken.None);
        Assert.All(first.Values, h => Assert.NotNull(h.SourceFingerprint));

        await ServeAsync("", Item(1), Item(2), Item(3));
        Assert.Equal((1, 0), Counts(await refresher.PollAsync(source, CancellationToken.None)));
        var second = await store.GetEntryHashesAsync("harbour", ["1", "2", "3"], CancellationToken.None);
        Assert.Equal(first["1"], second["1"]);

        await ServeAsync("<description>Ferries&nbsp;and tides</description>", Item(1), Item(2), Item(3)); // an HTML entity: the System.Xml path
        Assert.Equal((0, 0), Counts(await refresher.PollAsync(source, CancellationToken.None)));
        var third = await store.GetEntryHashesAsync("harbour", ["1", "2", "3"], CancellationToken.None);
        Assert.Equal(second["1"].ContentHash, third["1"].ContentHash);
        Assert.NotEqual(second["1"].SourceFingerprint, third["1"].SourceFingerprint);

        await ServeAsync("", Item(1, "The ferry is cancelled again"), Item(2), Item(3));
        Assert.Equal((0, 1), Counts(await refresher.PollAsync(source, CancellationToken.None)));

        var entries = await store.GetRecentEntriesAsync(["harbour"], 10, CancellationToken.None);
        Assert.Equal(3, entries.Count);
        Assert.Contains("The ferry is cancelled again", entries.Single(e => e.ItemKey == "1").Content, StringComparison.Ordinal);
        Assert.All(entries.Where(e => e.ItemKey != "1"), e => Assert.Equal(e.FirstSeen, e.LastChanged));
    }

    private static (int Added, int Updated) Counts(PollOutcome outcome)
    {
        Assert.Equal(PollStatus.Updated, outcome.Status);
        return (outcome.NewEntries, outcome.UpdatedEntries);
    }

    private static string Item(int n, string news = "The ferry is cancelled") =>
        $"<item><title>Story {n}</title><link>http://news.example/{n}</link><guid isPermaLink=\"false\">{n}</guid>"
        + $"<description><![CDATA[<p>{news} on story {n}, and the harbour master explains why the tides ran so high this week.</p>]]></description>"
        + $"<content:encoded><![CDATA[<p>{news}.</p><p>Story {n} goes on with <a href=\"/tides\">the tide tables</a> and a long account of the storm that closed the harbour for two days.</p>]]></content:encoded></item>";

    /// <summary>Writes the feed with a new modification time, so the loopback server answers the next poll with 200 and the new bytes.</summary>
    private async Task ServeAsync(string channel, params string[] items)
    {
        var path = Path.Combine(Folder, "harbour.rss");
        await File.WriteAllTextAsync(path, $"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harbour news</title>{channel}{string.Concat(items)}</channel></rss>");
        File.SetLastWriteTimeUtc(path, Served.AddMinutes(++version));
    }
}
