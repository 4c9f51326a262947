using System.Text.Json;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FeedHub.Tests.Cli;

/// <summary>feedhub sources add and import, run as the real binary against a real site on loopback and real files: what they print and what they write.</summary>
public sealed class SourcesCommandTests() : LoopbackTest("feedhub-sources-")
{
    private const string Rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Blog</title><link>https://harbour.example/</link><description>d</description>
        <item><title>Ferry timetable changes</title><link>https://harbour.example/ferry</link><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item>
        <item><title>New pier opens</title><link>https://harbour.example/pier</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private const string Config = """
        {
          // the operator's own notes
          "FeedHub": {
            "Database": "data/feedhub.db",
            "Sources": [
              { "Id": "old", "Url": "https://old.example/feed" } // kept first
            ]
          }
        }
        """;

    private string ConfigPath => Path.Combine(Folder, "config", "feedhub.json");

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "config"));
        await File.WriteAllTextAsync(ConfigPath, Config);
        await StartSiteAsync(app =>
        {
            app.MapGet("/", () => Results.Content("""<!doctype html><title>Harbour</title><link rel="alternate" type="application/rss+xml" href="/feed.rss">""", "text/html"));
            app.MapGet("/feed.rss", () => Results.Content(Rss, "application/rss+xml"));
            app.MapGet("/nothing", () => Results.Content("<!doctype html><title>Nothing</title>", "text/html"));
        });
    }

    [Fact]
    public async Task Add_by_the_sites_address_previews_the_feed_and_writes_it_after_the_last_source()
    {
        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(Folder, "sources", "add", Site.BaseUri.AbsoluteUri, "--tag", "news", "--tag", "local");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"1. {Site.BaseUri}feed.rss  \"Harbour Blog\" (RSS 2.0, 2 items)", stdout, StringComparison.Ordinal);
        Assert.True(stdout.IndexOf("New pier opens", StringComparison.Ordinal) < stdout.IndexOf("Ferry timetable", StringComparison.Ordinal), stdout);
        var written = await File.ReadAllTextAsync(ConfigPath);
        Assert.StartsWith(Config[..Config.IndexOf("} // kept first", StringComparison.Ordinal)] + "}, // kept first", written, StringComparison.Ordinal);
        var listed = await ListAsync();
        Assert.Equal(["old", "harbour-blog"], listed.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(Site.BaseUri + "feed.rss", listed[1].GetProperty("url").GetString());

        var again = await FeedHubProcess.RunAsync(Folder, "sources", "add", Site.BaseUri + "feed.rss");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already configured as source 'harbour-blog'; nothing changed", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(written, await File.ReadAllTextAsync(ConfigPath));
    }

    [Fact]
    public async Task A_dry_run_prints_the_source_and_leaves_the_file_alone()
    {
        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(Folder, "sources", "add", Site.BaseUri + "feed.rss", "--id", "harbour", "--dry-run");

        Assert.True(exit == 0, stderr);
        Assert.Contains("would add to " + ConfigPath, stdout, StringComparison.Ordinal);
        Assert.Contains("\"Id\": \"harbour\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"SiteUrl\": \"https://harbour.example/\"", stdout, StringComparison.Ordinal);
        Assert.Equal(Config, await File.ReadAllTextAsync(ConfigPath));
    }

    [Theory]
    [InlineData("nothing", 1, "no feed found at")]
    [InlineData("missing", 1, "HTTP 404")]
    [InlineData("ftp://x.example/", 1, "is not a web address")]
    public async Task Add_without_a_feed_says_why_and_changes_nothing(string address, int code, string message)
    {
        var url = address.Contains(':', StringComparison.Ordinal) ? address : Site.BaseUri + address;

        var (exit, _, stderr) = await FeedHubProcess.RunAsync(Folder, "sources", "add", url);

        Assert.Equal(code, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal(Config, await File.ReadAllTextAsync(ConfigPath));
    }

    [Fact]
    public async Task Import_adds_each_feed_once_with_its_folders_as_tags_and_says_what_it_skipped()
    {
        var opml = Path.Combine(Folder, "from-reader.opml");
        await File.WriteAllTextAsync(opml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>My reader</title></head><body>
              <outline text="Tech">
                <outline text="Go Blog" type="rss" xmlUrl="https://go.example/atom.xml" htmlUrl="https://go.example/"/>
                <outline text="Old one" type="rss" xmlUrl="https://old.example/feed"/>
              </outline>
              <outline text="Programming">
                <outline text="Go Blog" type="rss" xmlUrl="https://go.example/atom.xml"/>
              </outline>
              <outline text="Scripted" type="rss" xmlUrl="javascript:alert(1)"/>
              <outline text="Café Déjà Vu" type="rss" xmlUrl="http://cafe.example/rss"/>
            </body></opml>
            """);

        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(Folder, "sources", "import", opml);

        Assert.True(exit == 0, stderr);
        Assert.Contains("added 2 sources to " + ConfigPath, stdout, StringComparison.Ordinal);
        Assert.Contains("  + go-blog  https://go.example/atom.xml  [Tech, Programming]", stdout, StringComparison.Ordinal);
        Assert.Contains("  + cafe-deja-vu  http://cafe.example/rss", stdout, StringComparison.Ordinal);
        Assert.Contains("1 listed again in another folder", stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 2:", stdout, StringComparison.Ordinal);
        Assert.Contains("https://old.example/feed: already configured as 'old'", stdout, StringComparison.Ordinal);
        Assert.Contains("'javascript:alert(1)' is not an http(s) address", stdout, StringComparison.Ordinal);
        var listed = await ListAsync();
        Assert.Equal(["old", "go-blog", "cafe-deja-vu"], listed.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["Tech", "Programming"], listed[1].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Import_of_a_file_that_is_not_opml_says_so()
    {
        var file = Path.Combine(Folder, "feed.opml");
        await File.WriteAllTextAsync(file, Rss);

        var (exit, _, stderr) = await FeedHubProcess.RunAsync(Folder, "sources", "import", file);

        Assert.Equal(1, exit);
        Assert.Contains($"cannot read {file} as OPML: the root element is <rss>, not <opml>", stderr, StringComparison.Ordinal);
        Assert.Equal(Config, await File.ReadAllTextAsync(ConfigPath));
    }

    [Fact]
    public async Task Export_of_an_import_of_an_export_is_the_same_export()
    {
        var original = Path.Combine(Folder, "original.json");
        await File.WriteAllTextAsync(original, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = Path.Combine(Folder, "original.db"),
                Sources = new object[]
                {
                    new { Id = "zeta", Title = "Zeta News", Url = "https://zeta.example/rss", Tags = new[] { "news", "world" }, SiteUrl = "https://zeta.example/" },
                    new { Id = "alpha", Url = "https://alpha.example/feed.json" },
                    new { Id = "beta", Title = "Beta & Co <Weekly>", Url = "https://beta.example/atom?x=1&y=2", Tags = new[] { "world" } },
                    new { Id = "local", Path = "samples/x.rss", Tags = new[] { "news" } },
                },
            },
        }));
        var first = await FeedHubProcess.RunAsync(Folder, "sources", "export", "--config", original);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var exported = Path.Combine(Folder, "exported.opml");
        await File.WriteAllTextAsync(exported, first.Stdout);
        var fresh = Path.Combine(Folder, "fresh.json");
        await File.WriteAllTextAsync(fresh, JsonSerializer.Serialize(new { FeedHub = new { Database = Path.Combine(Folder, "fresh.db") } }));

        var imported = await FeedHubProcess.RunAsync(Folder, "sources", "import", exported, "--config", fresh);
        var second = await FeedHubProcess.RunAsync(Folder, "sources", "export", "--config", fresh);

        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Contains("added 3 sources", imported.Stdout, StringComparison.Ordinal);
        Assert.Contains("htmlUrl=\"https://zeta.example/\"", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    private async Task<List<JsonElement>> ListAsync()
    {
        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(Folder, "sources", "list", "--json");
        Assert.True(exit == 0, stderr);
        return [.. JsonDocument.Parse(stdout).RootElement.EnumerateArray()];
    }
}
