using System.Text.Json;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>feedhub export: every published document as a file, byte for byte what the service serves at the same public address.</summary>
[Collection(HostCollection.Name)]
public sealed class ExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_exported_files_are_the_bytes_the_service_serves()
    {
        var section = new
        {
            Database = Path.Combine(folder, "export.db"),
            PublicBaseUrl = "https://static.example/",
            Sources = new object[] { new { Id = "harbour", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), FullText = false, Interval = "1.00:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All", Digest = new { Cron = "0 0 7 * * ?", TimeZone = "Europe/Berlin", Window = "30.00:00:00" } } },
        };
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { FeedHub = section }));
        Assert.Equal(0, (await FeedHubProcess.RunAsync(folder, "fetch", "--once", "--config", config)).ExitCode);

        var output = Path.Combine(folder, "out");
        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, "export", output, "--config", config);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("exported ", stdout, StringComparison.Ordinal);
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("index.html", files);
        Assert.Contains("opml", files);
        Assert.Contains("feeds/all.rss", files);
        Assert.Contains("feeds/all/digest.json", files);
        Assert.Contains("digests/all/index.html", files);
        Assert.Contains(files, f => f.StartsWith("digests/all/", StringComparison.Ordinal) && f != "digests/all/index.html");

        await using var factory = new FeedHubFactory(section);
        using var client = factory.CreateClient();
        foreach (var file in files)
        {
            var path = file switch
            {
                "index.html" => "/",
                _ when file.EndsWith("/index.html", StringComparison.Ordinal) => "/" + file[..^"index.html".Length],
                _ when file.EndsWith(".html", StringComparison.Ordinal) => "/" + file[..^".html".Length],
                _ => "/" + file,
            };
            var exported = await File.ReadAllBytesAsync(Path.Combine(output, file));
            var served = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));
            Assert.True(exported.AsSpan().SequenceEqual(served), file + " differs from " + path);
        }
    }

    [Fact]
    public async Task Under_a_base_path_each_document_is_asked_for_under_it_and_links_under_it()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = Path.Combine(folder, "export.db"),
                PublicBaseUrl = "https://static.example/feedhub/",
                BasePath = "/feedhub",
                Sources = new[] { new { Id = "harbour", Path = Path.Combine(Samples.Folder, "harbour-times.rss") } },
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));

        var output = Path.Combine(folder, "out");
        var (exit, _, stderr) = await FeedHubProcess.RunAsync(folder, "export", output, "--config", config);

        Assert.True(exit == 0, stderr);
        Assert.Contains("href=\"/feedhub/feeds/all.atom\"", await File.ReadAllTextAsync(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("xmlUrl=\"https://static.example/feedhub/feeds/all.rss\"", await File.ReadAllTextAsync(Path.Combine(output, "opml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_without_a_public_address_is_a_usage_error()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { FeedHub = new { Database = "x.db", Sources = new[] { new { Id = "h", Path = Path.Combine(Samples.Folder, "harbour-times.rss") } } } }));

        var (exit, _, stderr) = await FeedHubProcess.RunAsync(folder, "export", Path.Combine(folder, "out"), "--config", config);

        Assert.Equal(2, exit);
        Assert.Equal("feedhub: export needs the address the files will be served at: pass --base URL or set FeedHub:PublicBaseUrl", stderr.Trim());
    }
}
