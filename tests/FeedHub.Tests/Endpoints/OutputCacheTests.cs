using System.IO.Compression;
using System.Net;
using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Endpoints;

/// <summary>
/// The output cache through the real service: an unchanged feed is answered without the store, in the encoding the
/// client accepts and with HEAD alike; a poll that changes a source is seen by the very next request.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OutputCacheTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-cache-").FullName;
    private FeedHubFactory factory = null!;
    private HttpClient client = null!;

    private string FeedPath => Path.Combine(folder, "feed.rss");

    private void WriteFeed(params string[] titles) => File.WriteAllText(FeedPath,
        "<rss version=\"2.0\"><channel><title>Cache</title><link>https://cache.example/</link><description>d</description>"
        + string.Concat(titles.Select((t, i) => $"<item><guid>{t}</guid><title>{t}</title><link>https://cache.example/{i}</link><description>About {t}.</description><pubDate>Mon, 0{i + 1} Dec 2026 10:00:00 GMT</pubDate></item>"))
        + "</channel></rss>");

    public async Task InitializeAsync()
    {
        WriteFeed("First story");
        factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            PublicBaseUrl = "https://feeds.example.org/",
            Sources = new object[] { new { Id = "cache", Path = FeedPath, FullText = false, Interval = "1.00:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All" }, new { Id = "other", Title = "Other" } },
        });
        client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/all.rss"), r => r.Contains("First story", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_poll_that_changes_a_source_is_in_the_next_response()
    {
        var before = await client.GetAsync(new Uri("/feeds/all.atom", UriKind.Relative));
        var cached = await client.GetAsync(new Uri("/feeds/all.atom", UriKind.Relative));
        Assert.Equal(before.Headers.ETag, cached.Headers.ETag);

        WriteFeed("First story", "Second story");
        var outcome = await factory.Services.GetRequiredService<PollPipeline>().PollAsync(factory.Services.GetRequiredService<FeedHubCatalog>().Sources.Single(), CancellationToken.None);
        Assert.Equal(PollStatus.Updated, outcome.Status);

        var after = await client.GetStringAsync(new Uri("/feeds/all.atom", UriKind.Relative));
        Assert.Contains("Second story", after, StringComparison.Ordinal);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom");
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(conditional)).StatusCode); // the old validator no longer matches
    }

    [Fact]
    public async Task An_unchanged_feed_is_answered_without_the_store()
    {
        var first = await client.GetAsync(new Uri("/feeds/all.rss", UriKind.Relative));
        var body = await first.Content.ReadAsByteArrayAsync();
        var database = Path.Combine(factory.Folder, "feedhub.db");
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Move(file, file + ".away");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync(new Uri("/feeds/other.rss", UriKind.Relative))).StatusCode); // the store is gone
            Assert.Equal(body, await client.GetByteArrayAsync(new Uri("/feeds/all.rss", UriKind.Relative)));
            using var conditional = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.rss");
            conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
                if (File.Exists(file + ".away"))
                {
                    File.Move(file + ".away", file);
                }
            }
        }
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip;q=1, br;q=0", "gzip")]
    [InlineData("identity", null)]
    public async Task The_encoding_the_client_accepts_is_served_from_the_cache(string accept, string? expected)
    {
        var plain = await client.GetByteArrayAsync(new Uri("/feeds/all.json", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.json");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(plain, Decode(bytes, expected));
    }

    [Theory]
    [InlineData("/feeds/all.rss")]
    [InlineData("/")]
    public async Task Head_gives_the_headers_of_get_without_the_body(string path)
    {
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task Opml_lists_every_published_feed_at_the_public_address()
    {
        using var response = await client.GetAsync(new Uri("/opml", UriKind.Relative));
        var opml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/x-opml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2.0", (string?)opml.Root!.Attribute("version"));
        var outlines = opml.Root.Element("body")!.Elements("outline").ToList();
        Assert.Equal(["https://feeds.example.org/feeds/all.rss", "https://feeds.example.org/feeds/other.rss"], outlines.Select(o => (string?)o.Attribute("xmlUrl")));
        Assert.All(outlines, o => Assert.Equal("rss", (string?)o.Attribute("type")));
        Assert.Equal(["All", "Other"], outlines.Select(o => (string?)o.Attribute("text")));
    }

    private static byte[] Decode(byte[] bytes, string? encoding)
    {
        if (encoding is null)
        {
            return bytes;
        }

        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
