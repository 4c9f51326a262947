using System.Text;
using System.Text.Json;
using FeedHub.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// The real service, killed with SIGKILL in the middle of ingesting 40 loopback sources, several times over, with
/// feeds changing between the kills: once it is let run, every item is stored exactly once, every source has its
/// state, and SQLite's integrity check passes. One transaction per poll is what makes this hold.
/// </summary>
public sealed class CrashSafetyTests() : LoopbackTest("feedhub-crash-")
{
    private const int Sources = 40;
    private const int Items = 30;

    private void WriteFeed(int source, int items)
    {
        var feed = new StringBuilder($"<rss version=\"2.0\"><channel><title>Source {source}</title><link>https://crash.example/{source}/</link>");
        for (var i = 0; i < items; i++)
        {
            feed.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<item><guid>s{source}-i{i}</guid><title>Item {i} of source {source}</title><link>https://crash.example/{source}/{i}</link><description><![CDATA[<p>{string.Concat(Enumerable.Repeat($"Paragraph {i} of source {source}. ", 40))}</p>]]></description></item>");
        }

        File.WriteAllText(Path.Combine(Folder, $"f{source}.rss"), feed.Append("</channel></rss>").ToString());
    }

    public override async Task InitializeAsync()
    {
        for (var s = 0; s < Sources; s++)
        {
            WriteFeed(s, Items);
        }

        await StartSiteAsync();
    }

    [Fact]
    public async Task Killing_the_service_mid_ingest_loses_and_duplicates_nothing()
    {
        var config = Path.Combine(Folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Urls = "http://127.0.0.1:0",
            FeedHub = new
            {
                Database = "crash.db",
                Fetching = new { MinimumInterval = "00:00:01", MaximumInterval = "00:00:01", FeedPerHostConcurrency = 4, FeedPerHostSpacingSeconds = 0 },
                Sources = Enumerable.Range(0, Sources).Select(s => new { Id = $"s{s}", Url = new Uri(Site.BaseUri, $"f{s}.rss").AbsoluteUri, Interval = "00:00:01", FullText = false }).ToArray(),
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));
        var database = Path.Combine(Folder, "crash.db");
        var items = Enumerable.Repeat(Items, Sources).ToArray();
        var counts = new List<int>();
        for (var kill = 0; kill < 4; kill++)
        {
            for (var s = kill; kill > 0 && s < Sources; s += 4)
            {
                WriteFeed(s, items[s] += 5); // new items on a quarter of the sources before each restart
            }

            var before = await CountAsync(database, "SELECT count(*) FROM entries");
            using var service = FeedHubProcess.Start(Folder, "--config", config);
            await Samples.EventuallyAsync(() => CountAsync(database, "SELECT count(*) FROM entries"), n => n > before, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(10));
            service.Kill(entireProcessTree: true); // SIGKILL, as soon as this run has stored something: no shutdown, no flush
            await service.WaitForExitAsync();
            counts.Add(await CountAsync(database, "SELECT count(*) FROM entries"));
        }

        var expected = items.Sum();
        Console.WriteLine("entries after each kill: " + string.Join(", ", counts) + " of " + expected);
        Assert.Contains(counts, n => n < expected); // a kill landed before the ingest was done
        using (var service = FeedHubProcess.Start(Folder, "--config", config))
        {
            await Samples.EventuallyAsync(() => CountAsync(database, "SELECT count(*) FROM entries"), n => n >= expected, TimeSpan.FromSeconds(60));
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }

        Assert.Equal(expected, await CountAsync(database, "SELECT count(*) FROM entries"));
        Assert.Equal(expected, await CountAsync(database, "SELECT count(DISTINCT source_id || '/' || item_key) FROM entries"));
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM entries WHERE title IS NULL OR content_hash IS NULL OR summary NOT LIKE '<p>Paragraph%'"));
        Assert.Equal(Sources, await CountAsync(database, "SELECT count(*) FROM source_state WHERE etag IS NOT NULL"));
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
    }

    private static async Task<int> CountAsync(string database, string sql)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet
        }
    }
}
