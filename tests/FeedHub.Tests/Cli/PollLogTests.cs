using System.Text.Json;
using System.Text.RegularExpressions;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>
/// What `feedhub fetch --once` prints with FeedHub's own logging defaults, run as the real binary on HTTP sources: one
/// log line per poll (Information with its counts, bytes and duration; Warning with the reason for a failure),
/// nothing from the HTTP client or the resilience pipeline, and the command's own line per source.
/// </summary>
public sealed class PollLogTests() : LoopbackTest("feedhub-polllog-", Samples.Folder)
{
    private static readonly string[] Sources = ["harbour", "city", "missing"];

    [Fact]
    public async Task Each_poll_logs_one_line_with_its_counts_bytes_and_duration()
    {
        var config = Path.Combine(Folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = "log.db",
                Sources = new object[]
                {
                    new { Id = Sources[0], Url = new Uri(Site.BaseUri, "harbour-times.rss").AbsoluteUri, FullText = false },
                    new { Id = Sources[1], Url = new Uri(Site.BaseUri, "city-notes.json").AbsoluteUri, FullText = false },
                    new { Id = Sources[2], Url = new Uri(Site.BaseUri, "missing.rss").AbsoluteUri, FullText = false },
                },
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));
        var harbourBytes = new FileInfo(Path.Combine(Samples.Folder, "harbour-times.rss")).Length;

        var first = await RunAsync(config);
        var second = await RunAsync(config);

        Assert.Matches($@"^\S+ info: FeedHub\.Core\.Pipeline\.Polling\.PollPipeline\[\d+\] Source harbour polled: ok, 3 items, 3 new, 0 updated, {harbourBytes} bytes, \d+ ms$", first["harbour"]);
        Assert.Matches(@"^\S+ warn: FeedHub\.Core\.Pipeline\.Polling\.PollPipeline\[\d+\] Source missing failed after \d+ ms: HTTP 404 Not Found from http://127\.0\.0\.1:\d+/missing\.rss$", first["missing"]);
        Assert.Matches(@"^\S+ info: FeedHub\.Core\.Pipeline\.Polling\.PollPipeline\[\d+\] Source harbour polled: not_modified, 0 items, 0 new, 0 updated, 0 bytes, \d+ ms$", second["harbour"]);
        Assert.Equal(6, Site.Requests.Count); // one request per source and run, each logged once
    }

    /// <summary>Runs the command; its one log line per source, after checking that nothing else was logged.</summary>
    private static async Task<Dictionary<string, string>> RunAsync(string config)
    {
        var (_, stdout, stderr) = await FeedHubProcess.RunAsync(Path.GetDirectoryName(config)!, "fetch", "--once", "--config", config);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var logged = lines.Where(l => Regex.IsMatch(l, @"^\S+ (trce|dbug|info|warn|fail|crit): ")).ToList();

        Assert.Empty(stderr);
        Assert.All(logged, l => Assert.Contains("FeedHub.Core.Pipeline.Polling.PollPipeline[", l, StringComparison.Ordinal)); // no HTTP client, Polly or host chatter
        Assert.Equal(Sources.Length, logged.Count);
        Assert.Equal(Sources.Length + 1, lines.Length - logged.Count); // the command's line per source, and its articles line
        return Sources.ToDictionary(id => id, id => Assert.Single(logged, l => l.Contains($" Source {id} ", StringComparison.Ordinal)));
    }
}
