using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>The command line, run as the real binary in a child process.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Parse_batch_prints_one_line_per_path_in_order_with_errors_inline()
    {
        var broken = Path.Combine(folder, "broken.xml");
        await File.WriteAllTextAsync(broken, "this is not a feed, just text");
        var list = Path.Combine(folder, "list.txt");
        await File.WriteAllLinesAsync(list, [Path.Combine(Samples.Folder, "harbour-times.rss"), broken, Path.Combine(Samples.Folder, "city-notes.json"), Path.Combine(folder, "missing.xml")]);

        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, "parse", "--batch", list);

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        using var rss = JsonDocument.Parse(lines[0]);
        Assert.Equal("rss2.0", rss.RootElement.GetProperty("format").GetString());
        Assert.Equal(3, rss.RootElement.GetProperty("items").GetArrayLength());
        var item = rss.RootElement.GetProperty("items")[0];
        foreach (var key in new[] { "id", "title", "link", "published", "updated", "summary", "content", "comments", "authors", "categories", "enclosures" })
        {
            Assert.True(item.TryGetProperty(key, out _), $"item key {key} missing");
        }

        Assert.Contains("\"error\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("json1.1", JsonDocument.Parse(lines[2]).RootElement.GetProperty("format").GetString());
        Assert.Contains("\"error\"", lines[3], StringComparison.Ordinal);
        Assert.Matches(@"batch_parse_seconds=\d+\.\d+", stderr);
    }

    [Fact]
    public async Task Parse_reads_a_feed_in_the_charset_its_content_type_names()
    {
        var feed = Path.Combine(folder, "koi8.xml");
        await File.WriteAllBytesAsync(feed, [.. "<rss version=\"2.0\"><channel><title>"u8, 0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, .. "</title></channel></rss>"u8]);

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "parse", feed, "--content-type", "text/xml; charset=koi8-r");

        Assert.Equal(0, exit);
        Assert.Equal("Привет", JsonDocument.Parse(stdout).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Parse_of_a_bad_file_reports_on_stderr_without_a_stack_trace()
    {
        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, "parse", Path.Combine(folder, "nope.xml"));

        Assert.NotEqual(0, exit);
        Assert.Empty(stdout);
        Assert.Contains("nope.xml", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_the_article_fields()
    {
        var page = Path.Combine(Samples.Folder, "articles", "harbour-bridge-reopens.html");
        var expected = Samples.Expectation("articles/harbour-bridge-reopens.html");
        var list = Path.Combine(folder, "pages.tsv");
        await File.WriteAllLinesAsync(list, [$"{page}\thttps://www.harbourtimes.example/news/bridge", $"{Path.Combine(folder, "gone.html")}\thttps://x.example/"]);

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "extract", "--batch", list);

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var article = JsonDocument.Parse(lines[0]);
        var root = article.RootElement;
        Assert.Equal(page, root.GetProperty("id").GetString());
        Assert.Equal(expected.Title, root.GetProperty("title").GetString());
        Assert.Contains(expected.MustContain[0], root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("word_count").GetInt32() > 100);
        foreach (var key in new[] { "url", "byline", "published", "lang", "image", "excerpt", "html" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"key {key} missing");
        }

        using var failure = JsonDocument.Parse(lines[1]);
        Assert.True(failure.RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task A_gone_source_is_not_polled_again_until_the_operator_revives_it()
    {
        var gone = 0;
        await using var site = await LoopbackSite.StartAsync(folder, app => app.MapGet("/gone", () =>
        {
            Interlocked.Increment(ref gone);
            return Microsoft.AspNetCore.Http.Results.StatusCode(410);
        }));
        var config = Path.Combine(folder, "gone.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = "gone.db",
                Sources = new[] { new { Id = "old", Url = new Uri(site.BaseUri, "gone").AbsoluteUri } },
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));

        Assert.Contains("old: gone", (await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config)).Stdout, StringComparison.Ordinal);
        Assert.Contains("old: gone", (await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config)).Stdout, StringComparison.Ordinal);
        Assert.Equal(1, gone); // the second run did not ask again

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "sources", "revive", "old", "--config", config);
        Assert.Equal(0, exit);
        Assert.Contains("old: revived", stdout, StringComparison.Ordinal);
        await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config);
        Assert.Equal(2, gone);
        Assert.Equal(1, (await FeedHubProcess.RunAsync(folder, "sources", "revive", "nobody", "--config", config)).ExitCode);
    }

    [Fact]
    public async Task Fetch_once_polls_every_source_sources_list_shows_them_and_a_bad_config_names_the_key()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = "fetch.db",
                Sources = new[] { new { Id = "harbour", Path = Path.Combine(Samples.Folder, "harbour-times.rss") } },
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config);

        Assert.Equal(0, exit);
        Assert.Contains("harbour: updated, 3 new, 0 updated", stdout, StringComparison.Ordinal);
        Assert.Contains("articles: 3 settled: 3 fetched (3 full text, 0 kept the feed's content), 0 refused, 0 failed, 0 reused from cache", stdout, StringComparison.Ordinal);

        var (listExit, table, _) = await FeedHubProcess.RunAsync(folder, "sources", "list", "--config", config);
        Assert.Equal(0, listExit);
        var lines = table.Trim().Split('\n');
        Assert.Matches(@"^ID\s+STATE\s+LAST POLL\s+NEXT POLL\s+ITEMS\s+FULL TEXT\s+LAST ERROR$", lines[0]);
        Assert.Matches(@"^harbour\s+ok\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s+3\s+100 %$", lines[1]);
        var (jsonExit, json, _) = await FeedHubProcess.RunAsync(folder, "sources", "list", "--json", "--config", config);
        Assert.Equal(0, jsonExit);
        var row = JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
        Assert.Equal(("harbour", "ok", 3, 100), (row.GetProperty("id").GetString(), row.GetProperty("state").GetString(), row.GetProperty("items").GetInt32(), row.GetProperty("full_text_percent").GetInt32()));

        await File.WriteAllTextAsync(config, """{"FeedHub":{"Sources":[{"Id":"x","Url":"not a url"}],"Feeds":[{"Id":"f","Title":"F","Sources":["y"]}]}}""");
        var (badExit, _, badStderr) = await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config);

        Assert.Equal(2, badExit);
        Assert.Contains("FeedHub:Sources:0:Url: 'not a url' is not an absolute http(s) URL", badStderr, StringComparison.Ordinal);
        Assert.Contains("FeedHub:Feeds:0:Sources: unknown source id 'y'", badStderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", badStderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_builds_the_window_due_at_a_time_the_same_way_twice_and_never_an_empty_one()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = "digest.db",
                Sources = new object[]
                {
                    new { Id = "harbour", Title = "Harbour Times", Path = Path.Combine(Samples.Folder, "harbour-times.rss") },
                    new { Id = "city", Title = "City Notes", Path = Path.Combine(Samples.Folder, "city-notes.json") },
                },
                Feeds = new[] { new { Id = "all", Title = "All", Digest = new { Cron = "0 0 7 ? * MON", TimeZone = "Europe/Berlin", Window = "7.00:00:00" } } },
            },
        }));
        Assert.Equal(0, (await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config)).ExitCode);

        var (exit, first, _) = await FeedHubProcess.RunAsync(folder, "digest", "all", "--at", "2026-11-20T12:00:00Z", "--config", config);
        var (_, second, _) = await FeedHubProcess.RunAsync(folder, "digest", "all", "--at", "2026-11-22T12:00:00Z", "--config", config);
        var (emptyExit, empty, emptyError) = await FeedHubProcess.RunAsync(folder, "digest", "all", "--at", "2026-12-20T12:00:00Z", "--config", config);

        Assert.Equal(0, exit);
        Assert.Equal(first, second); // both times fall after Monday 16 November 07:00 CET and before the next Monday
        using var digest = JsonDocument.Parse(first);
        Assert.Equal("2026-11-16T06:00:00+00:00", digest.RootElement.GetProperty("end").GetString());
        var stories = digest.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        Assert.All(stories, s => Assert.NotEmpty(s.GetProperty("summary").EnumerateArray()));
        Assert.Equal(3, emptyExit);
        Assert.Empty(empty);
        Assert.Contains("no digest", emptyError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_export_is_opml_with_a_folder_per_tag()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, """
            { "FeedHub": { "Database": "export.db", "Sources": [
              { "Id": "a", "Title": "Alpha & Co", "Url": "https://a.example/feed.xml", "Tags": ["news", "local"] },
              { "Id": "b", "Url": "https://b.example/rss", "Tags": ["news"] },
              { "Id": "c", "Title": "Loose", "Url": "https://c.example/atom" },
              { "Id": "d", "Path": "local.rss" } ] } }
            """);

        var (exit, stdout, _) = await FeedHubProcess.RunAsync(folder, "sources", "export", "--config", config);

        Assert.Equal(0, exit);
        var body = System.Xml.Linq.XDocument.Parse(stdout).Root!.Element("body")!;
        string Shape(System.Xml.Linq.XElement o) => (string?)o.Attribute("xmlUrl") ?? $"{(string?)o.Attribute("text")}[{string.Join(",", o.Elements("outline").Select(Shape))}]";
        Assert.Equal(
            ["https://c.example/atom", "local[https://a.example/feed.xml]", "news[https://a.example/feed.xml,https://b.example/rss]"],
            body.Elements("outline").Select(Shape));
        Assert.Contains(body.Descendants("outline"), o => (string?)o.Attribute("text") == "Alpha & Co" && (string?)o.Attribute("type") == "rss");
    }
}
