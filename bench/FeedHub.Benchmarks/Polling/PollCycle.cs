using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace FeedHub.Benchmarks.Polling;

/// <summary>
/// `-- poll-cycle [SOURCES]`: the real service (src/FeedHub's Release build, run as its own process) polling SOURCES
/// loopback feeds (10,000 by default) spread over 50 addresses, 127.0.0.2 to 127.0.0.51, served by a Kestrel fixture
/// in this process with ETag and 304: 30 items each, 10 % of the sources failing (HTTP 500) and, from the second
/// cycle on, 10 % changed (one new item). Cycle 1 is a first start on an empty database; cycle 2 is a restart with
/// every source made due at once (next_due cleared), so its polls are conditional, as in steady running. Each cycle
/// is timed from the process start to the last source's request, with the service's CPU (utime + stime from
/// /proc), peak RSS (VmHWM) and the SQLite files' size.
/// </summary>
public static class PollCycle
{
    private const int Addresses = 50;
    private const int Items = 30;

    public static async Task RunAsync(int sources = 10_000)
    {
        var root = RepositoryRoot();
        var service = Path.Combine(root, "src", "FeedHub", "bin", "Release", "net10.0", "feedhub.dll");
        if (!File.Exists(service))
        {
            Console.Error.WriteLine($"build the service first: dotnet build -c Release src/FeedHub ({service} is missing)");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("feedhub-poll-cycle-").FullName;
        var fixture = new Fixture();
        await using var app = await fixture.StartAsync();
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Urls = "http://127.0.0.1:0",
            Logging = new { LogLevel = new Dictionary<string, string> { ["Default"] = "Information", ["Microsoft.AspNetCore"] = "Warning", ["System.Net.Http.HttpClient"] = "Warning", ["Quartz"] = "Warning" } },
            FeedHub = new
            {
                Database = "cycle.db",
                Fetching = new { MinimumInterval = "00:00:01", MaximumInterval = "01:00:00" },
                Sources = Enumerable.Range(0, sources).Select(i => new { Id = $"s{i}", Url = fixture.UrlOf(i), Interval = "01:00:00", FullText = false }).ToArray(),
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));
        var database = Path.Combine(folder, "cycle.db");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources:N0} sources over {Addresses} addresses, {Items} items each; {Environment.ProcessorCount} cores"));
        for (var cycle = 1; cycle <= 2; cycle++)
        {
            if (cycle > 1)
            {
                await DueNowAsync(database);
            }

            fixture.NextCycle();
            var figures = await MeasureAsync(service, config, folder, fixture, sources);
            var bytes = Directory.EnumerateFiles(folder, "cycle.db*").Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cycle {cycle}: {figures.Wall.TotalSeconds:F1} s from start ({figures.Polling.TotalSeconds:F1} s first to last request), CPU {figures.Cpu.TotalSeconds:F1} s, peak RSS {figures.PeakRss / 1e6:F0} MB, SQLite {bytes / 1e6:F0} MB; answers: {fixture.Summary()}"));
        }

        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(TimeSpan Wall, TimeSpan Polling, TimeSpan Cpu, long PeakRss)> MeasureAsync(string service, string config, string folder, Fixture fixture, int sources)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(service);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(config);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var (cpu, rss) = (TimeSpan.Zero, 0L);
        while (fixture.Polled < sources && clock.Elapsed < TimeSpan.FromMinutes(4) && !process.HasExited)
        {
            (cpu, rss) = Usage(process.Id);
            await Task.Delay(100);
        }

        var wall = clock.Elapsed;
        (cpu, rss) = Usage(process.Id) is { Cpu.Ticks: > 0 } last ? last : (cpu, rss);
        await Task.Delay(1000); // let the last polls write
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return (wall, fixture.LastRequest - fixture.FirstRequest, cpu, rss);
    }

    /// <summary>The process's CPU time so far and its peak resident set, from /proc (Linux).</summary>
    private static (TimeSpan Cpu, long PeakRss) Usage(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var hwm = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return (TimeSpan.FromSeconds(ticks / 100.0), kb * 1024);
        }
        catch (IOException)
        {
            return (TimeSpan.Zero, 0);
        }
    }

    private static async Task DueNowAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE source_state SET next_due = NULL";
        await command.ExecuteNonQueryAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FeedHub.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The feeds: each source's document is made once per version and answered with its ETag (304 when it matches).</summary>
    private sealed class Fixture
    {
        private readonly int port = FreePort();
        private readonly ConcurrentDictionary<int, byte> polled = new();
        private readonly ConcurrentDictionary<(int Source, int Version), byte[]> documents = new();
        private int cycle;
        private int ok, notModified, failed;
        private long first = long.MaxValue, last;

        public int Polled => polled.Count;

        public TimeSpan FirstRequest => Stopwatch.GetElapsedTime(0, Volatile.Read(ref first));

        public TimeSpan LastRequest => Stopwatch.GetElapsedTime(0, Volatile.Read(ref last));

        public string UrlOf(int source) => $"http://127.0.0.{2 + (source % Addresses)}:{port}/f/{source}.rss";

        public void NextCycle()
        {
            cycle++;
            polled.Clear();
            (ok, notModified, failed, first, last) = (0, 0, 0, long.MaxValue, 0);
        }

        public string Summary() => $"{ok} 200, {notModified} 304, {failed} 500";

        public async Task<WebApplication> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k =>
            {
                for (var a = 0; a < Addresses; a++)
                {
                    k.Listen(IPAddress.Parse($"127.0.0.{2 + a}"), port);
                }
            });
            var app = builder.Build();
            app.MapGet("/f/{id:int}.rss", (int id, HttpContext context) => Answer(id, context));
            await app.StartAsync();
            return app;
        }

        private IResult Answer(int id, HttpContext context)
        {
            var now = Stopwatch.GetTimestamp();
            Interlocked.CompareExchange(ref first, now, long.MaxValue);
            long seen;
            while (now > (seen = Volatile.Read(ref last)) && Interlocked.CompareExchange(ref last, now, seen) != seen)
            {
            }

            polled.TryAdd(id, 0);
            if (id / Addresses % 10 == 5) // a tenth of each address's sources: a host whose every feed fails would (rightly) open its circuit
            {
                Interlocked.Increment(ref failed);
                return Results.StatusCode(500);
            }

            var version = cycle > 1 && id / Addresses % 10 == cycle % 10 ? cycle : 1; // a tenth of the sources change in each later cycle
            var etag = $"\"v{version}\"";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                Interlocked.Increment(ref notModified);
                return Results.StatusCode(304);
            }

            Interlocked.Increment(ref ok);
            context.Response.Headers.ETag = etag;
            return Results.Bytes(documents.GetOrAdd((id, version), key => Document(key.Source, key.Version)), "application/rss+xml");
        }

        private static byte[] Document(int source, int version)
        {
            var feed = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Source {source}</title><link>https://s{source}.example/</link><description>Benchmark feed</description>");
            for (var i = version - 1 + Items - 1; i >= version - 1; i--)
            {
                feed.Append(CultureInfo.InvariantCulture,
                    $"<item><guid>https://s{source}.example/{i}</guid><title>Story {i} from source {source}</title><link>https://s{source}.example/{i}</link><pubDate>{new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i):R}</pubDate>"
                    + $"<description><![CDATA[<p>Story {i} of source {source} reports on the harbour, the council and the weather, at the length of a usual summary.</p>]]></description></item>");
            }

            return Encoding.UTF8.GetBytes(feed.Append("</channel></rss>").ToString());
        }

        private static int FreePort()
        {
            var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
