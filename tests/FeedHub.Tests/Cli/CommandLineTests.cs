using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>The service's command line and its start-up failures, each one clear line with exit code 2; run as the real binary.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-cmd-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<string> ConfigAsync(string sourceJson)
    {
        var config = Path.Combine(folder, "feedhub.json");
        var harbour = JsonSerializer.Serialize(Path.Combine(Samples.Folder, "harbour-times.rss"));
        await File.WriteAllTextAsync(config, $$$"""{"FeedHub":{"Database":"cmd.db","Sources":[{"Id":"harbour","Path":{{{harbour}}}{{{sourceJson}}}}],"Feeds":[{"Id":"all","Title":"All"}]}}""");
        return config;
    }

    [Fact]
    public async Task Serve_help_prints_the_usage_and_starts_nothing()
    {
        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "serve", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("feedhub serve [options]", stdout, StringComparison.Ordinal);
        Assert.Contains("--urls", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("serve", "--bogus")]
    [InlineData("--bogus")]
    [InlineData("fetch", "--once", "--nonsense")]
    public async Task An_unknown_command_or_option_is_a_usage_error(params string[] args)
    {
        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, args);

        Assert.Equal(2, exit);
        Assert.Contains("Unrecognized command or argument", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_configuration_file_is_one_line()
    {
        var missing = Path.Combine(folder, "nope.json");

        var (exit, _, stderr) = await FeedHubProcess.RunAsync(folder, "serve", "--config", missing);

        Assert.Equal(2, exit);
        Assert.Equal($"feedhub: the configuration file {missing} does not exist (it was named by --config or FEEDHUB_CONFIG)", stderr.Trim());
    }

    [Fact]
    public async Task A_port_in_use_is_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var config = await ConfigAsync(string.Empty);

        var (exit, _, stderr) = await FeedHubProcess.RunAsync(folder, "--config", config, "--urls", url);

        Assert.Equal(2, exit);
        Assert.Equal($"feedhub: cannot listen: Failed to bind to address {url}: address already in use; stop whatever uses that port or choose another address with --urls (or Urls in the configuration)", stderr.Trim());
    }

    [Fact]
    public async Task A_value_in_the_wrong_form_stops_the_service_naming_the_key_and_the_form()
    {
        var config = await ConfigAsync(""","Interval":"30m" """);

        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, "serve", "--config", config);

        Assert.Equal(2, exit);
        Assert.Equal("feedhub: the configuration is not valid:\n  FeedHub:Sources:0:Interval: '30m' is not a time span: write it as \"00:30:00\" ([d.]hh:mm:ss)", stderr.Trim().ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Hosting failed", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_is_reported_with_its_line_and_column()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, "{\n  \"FeedHub\": {\n    \"Database\": \"x.db\",,\n  }\n}\n");

        var (exit, _, stderr) = await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config);

        Assert.Equal(2, exit);
        Assert.StartsWith($"feedhub: cannot read the configuration file {config}: invalid JSON at line 3, column 24:", stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_lines_carry_an_iso_8601_time_and_iso_dates()
    {
        var config = await ConfigAsync(string.Empty);

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config);

        Assert.Equal(0, exit);
        var logLines = stdout.Split('\n').Where(l => l.Contains("info:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(logLines);
        Assert.All(logLines, line => Assert.Matches(IsoStamp(), line));
        Assert.DoesNotMatch(UsDate(), stdout);
    }

    [Fact]
    public async Task The_json_console_format_gives_one_json_object_per_log_line()
    {
        var config = await ConfigAsync(string.Empty);

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "json" }, "fetch", "--once", "--config", config);

        Assert.Equal(0, exit);
        var logLines = stdout.Split('\n').Where(l => l.StartsWith('{')).ToList();
        Assert.NotEmpty(logLines);
        Assert.All(logLines, line =>
        {
            using var entry = JsonDocument.Parse(line);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.RootElement.GetProperty("Timestamp").GetString());
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Message").GetString()));
        });
    }

    [Fact]
    public async Task A_refused_article_is_one_log_line_and_counted_as_refused()
    {
        var feed = Path.Combine(folder, "loopback.rss");
        await File.WriteAllTextAsync(feed, """
            <rss version="2.0"><channel><title>L</title><link>https://l.example/</link><description>d</description>
            <item><guid>1</guid><title>Inside</title><link>http://127.0.0.1:9/private.html</link><description>teaser</description></item>
            </channel></rss>
            """);
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { FeedHub = new { Database = "refused.db", Sources = new[] { new { Id = "l", Path = feed } }, Feeds = new[] { new { Id = "all", Title = "All" } } } }));

        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config);

        Assert.Equal(0, exit);
        var mentions = (stdout + stderr).Split('\n').Where(l => l.Contains("127.0.0.1", StringComparison.Ordinal)).ToList();
        Assert.Single(mentions);
        Assert.Contains("refused to connect to 127.0.0.1", mentions[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("articles: 1 settled: 0 fetched (0 full text, 0 kept the feed's content), 1 refused, 0 failed, 0 reused from cache", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_service_listens_where_aspnetcore_urls_says_unless_urls_says_otherwise(bool withUrlsOption)
    {
        // The shipped configuration, as an operator's container would start it: it must not pin an address of its own.
        var config = Path.Combine(folder, "config", "feedhub.json");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.Copy(Path.Combine(Samples.Folder, "feedhub.json"), config);
        var (fromEnvironment, fromOption) = ($"http://127.0.0.1:{FeedHubProcess.FreePort()}", $"http://127.0.0.1:{FeedHubProcess.FreePort()}");
        using var service = FeedHubProcess.Start(folder, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = fromEnvironment },
            withUrlsOption ? ["serve", "--config", config, "--urls", fromOption] : ["serve", "--config", config]);
        try
        {
            using var http = new HttpClient();
            var expected = withUrlsOption ? fromOption : fromEnvironment;
            var status = await Samples.EventuallyAsync(() => FeedHubProcess.StatusAsync(http, new Uri(expected + "/healthz")), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Null(await FeedHubProcess.StatusAsync(http, new Uri((withUrlsOption ? fromEnvironment : fromOption) + "/healthz")));
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ info: ")]
    private static partial Regex IsoStamp();

    [GeneratedRegex(@"\b\d\d/\d\d/\d{4}\b")]
    private static partial Regex UsDate();
}
