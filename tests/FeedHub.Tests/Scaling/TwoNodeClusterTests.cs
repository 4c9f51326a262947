using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Xunit.Abstractions;

namespace FeedHub.Tests.Scaling;

/// <summary>
/// Two real FeedHub processes on one PostgreSQL database, sharing 200 loopback sources through Quartz clustering:
/// every source is polled once per cycle by one node or the other, never by both; when one node is killed the other
/// takes over every source within the check-in interval plus one cycle. Requests are counted at the fixture server.
/// It runs alone (the host collection): the take-over is timed, and two services polling on 2 cores beside the rest of
/// the suite would measure the machine's load rather than the cluster.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TwoNodeClusterTests(ITestOutputHelper output) : LoopbackTest("feedhub-cluster-")
{
    private const int Sources = 200;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Checkin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CheckinMisfire = TimeSpan.FromSeconds(3);

    private readonly ConcurrentQueue<(int Source, string Node, DateTimeOffset At)> polls = new();

    public override Task InitializeAsync() => StartSiteAsync(app => app.MapGet("/feeds/{n:int}.rss", (int n, HttpContext context) =>
    {
        polls.Enqueue((n, context.Request.Headers.UserAgent.ToString(), DateTimeOffset.UtcNow));
        return Results.Content(
            $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Source {n}</title><link>https://s{n}.example/</link><description>d</description><item><title>Item of {n}</title><link>https://s{n}.example/1</link><guid>s{n}-1</guid></item></channel></rss>""",
            "application/rss+xml");
    }));

    [PostgresFact]
    public async Task Two_nodes_poll_each_source_once_per_cycle_and_one_takes_over_when_the_other_dies()
    {
        var database = await CreateDatabaseAsync();
        Process? a = null, b = null;
        try
        {
            var config = await WriteConfigAsync(database);
            a = Start(config, "node-a");
            b = Start(config, "node-b");

            // Two full cycles after every source was first polled: each poll is one node's, and the nodes share them.
            await WaitAsync(() => PolledSources(DateTimeOffset.MinValue, null) == Sources, TimeSpan.FromSeconds(90), () => "every source polled once");
            var measured = DateTimeOffset.UtcNow;
            await Task.Delay(2 * Interval + TimeSpan.FromSeconds(2));
            var window = polls.Where(p => p.At >= measured).ToList();
            AssertNoDoublePolls(window);
            Assert.Equal(Sources, window.Select(p => p.Source).Distinct().Count());
            Assert.InRange(window.Count(p => p.Node.EndsWith("node-a", StringComparison.Ordinal)), Sources / 10, window.Count);
            Assert.InRange(window.Count(p => p.Node.EndsWith("node-b", StringComparison.Ordinal)), Sources / 10, window.Count);

            a.Kill(entireProcessTree: true);
            await a.WaitForExitAsync();
            var killed = DateTimeOffset.UtcNow;
            var takeover = Checkin + CheckinMisfire + Interval + Interval * 0.1 + TimeSpan.FromSeconds(5);
            await WaitAsync(() => PolledSources(killed, "node-b") == Sources, takeover, () => $"node-b polling every source; not yet: {string.Join(", ", Enumerable.Range(0, Sources).Except(polls.Where(p => p.At >= killed && p.Node.EndsWith("node-b", StringComparison.Ordinal)).Select(p => p.Source)).Take(20))}");
            output.WriteLine($"cycle with two nodes: node-a {window.Count(p => p.Node.EndsWith("node-a", StringComparison.Ordinal))} polls, node-b {window.Count(p => p.Node.EndsWith("node-b", StringComparison.Ordinal))} in {2 * Interval + TimeSpan.FromSeconds(2)}; node-b polled every source {(DateTimeOffset.UtcNow - killed).TotalSeconds:F1} s after node-a was killed (allowed {takeover.TotalSeconds:F0} s)");

            AssertNoDoublePolls([.. polls]);
        }
        finally
        {
            foreach (var node in new[] { a, b }.OfType<Process>())
            {
                node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync();
                node.Dispose();
            }

            await DropDatabaseAsync(database);
        }
    }

    private int PolledSources(DateTimeOffset since, string? node) =>
        polls.Where(p => p.At >= since && (node is null || p.Node.EndsWith(node, StringComparison.Ordinal))).Select(p => p.Source).Distinct().Count();

    /// <summary>Polls of one source closer together than half an interval: two nodes (or two triggers) polling it in one cycle.</summary>
    private static List<string> DoublePolls(List<(int Source, string Node, DateTimeOffset At)> seen) =>
        [.. seen.GroupBy(p => p.Source).SelectMany(g => g.OrderBy(p => p.At).Zip(g.OrderBy(p => p.At).Skip(1)))
            .Where(pair => pair.Second.At - pair.First.At < Interval / 2)
            .Select(pair => $"source {pair.First.Source}: {pair.First.Node} at {pair.First.At:HH:mm:ss.fff}, {pair.Second.Node} at {pair.Second.At:HH:mm:ss.fff}")];

    private static void AssertNoDoublePolls(List<(int Source, string Node, DateTimeOffset At)> seen)
    {
        var doubles = DoublePolls(seen);
        Assert.True(doubles.Count == 0, $"{doubles.Count} double polls:\n{string.Join("\n", doubles.Take(20))}");
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < timeout, $"timed out after {timeout} waiting for {what()}");
            await Task.Delay(200);
        }
    }

    private Process Start(string config, string node) =>
        FeedHubProcess.Start(Folder, "--config", config, "--urls", $"http://127.0.0.1:{FeedHubProcess.FreePort()}", $"--FeedHub:Fetching:UserAgent=FeedHub-test {node}", $"--FeedHub:Scheduler:InstanceId={node}");

    private async Task<string> WriteConfigAsync(string database)
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = database }.ConnectionString;
        var path = Path.Combine(Folder, "cluster.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                PublicBaseUrl = "http://cluster.example/",
                Database = new { Provider = "postgres", ConnectionString = connection },
                Scheduler = new { CheckinInterval = Checkin.ToString("c"), CheckinMisfireThreshold = CheckinMisfire.ToString("c") },
                Fetching = new { MinimumInterval = "00:00:01", FeedPerHostConcurrency = 16, FeedPerHostSpacingSeconds = 0, PollConcurrency = 16 },
                Sources = Enumerable.Range(0, Sources).Select(n => new { Id = $"s{n}", Url = new Uri(Site.BaseUri, $"feeds/{n}.rss").AbsoluteUri, Interval = Interval.ToString("c"), FullText = false }).ToArray(),
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));
        return path;
    }

    private static async Task<string> CreateDatabaseAsync()
    {
        var name = "feedhub_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    private static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
