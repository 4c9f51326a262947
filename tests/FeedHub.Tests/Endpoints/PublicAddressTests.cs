using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Endpoints;

/// <summary>
/// Where published links start: the configured FeedHub:PublicBaseUrl whatever Host a client sends; without one the
/// request's Host, with responses marked private; forwarded headers (X-Forwarded-Prefix too) believed only from the
/// configured proxies. And
/// the bundled sample articles are served by FeedHub itself, so local items link to an address a reader can open.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PublicAddressTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private FeedHubFactory factory = null!;
    private HttpClient client = null!;

    private static object Section(string? publicBase, string[]? proxies = null) => new
    {
        Database = "feedhub.db",
        PublicBaseUrl = publicBase,
        TrustedProxies = proxies ?? [],
        Sources = new object[] { new { Id = "harbour", Title = "Harbour Times", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), Interval = "01:00:00" } },
        Feeds = new object[] { new { Id = "news", Title = "News", Sources = new[] { "harbour" } } },
    };

    public async Task InitializeAsync()
    {
        factory = new FeedHubFactory(Section("https://feeds.example.org/hub"));
        client = factory.CreateClient();
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/news.atom"), a => a.Contains("<entry", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private static async Task<(string Self, HttpResponseMessage Response)> SelfLinkAsync(HttpClient http, string path, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers?.Invoke(request);
        var response = await http.SendAsync(request);
        var atom = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return (atom.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value, response);
    }

    [Fact]
    public async Task The_configured_address_is_used_whatever_host_the_client_sends()
    {
        var (self, response) = await SelfLinkAsync(client, "/feeds/news.atom", r =>
        {
            r.Headers.Host = "attacker.example";
            r.Headers.Add("X-Forwarded-Host", "attacker.example");
        });

        Assert.Equal("https://feeds.example.org/hub/feeds/news.atom", self);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.DoesNotContain("attacker", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_items_link_to_their_file_served_by_feedhub()
    {
        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/news.atom"));
        var links = atom.Root!.Elements(Atom + "entry").Select(e => e.Elements(Atom + "link").First(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")!.Value).ToList();

        Assert.Equal(3, links.Count);
        var local = links.Where(l => l.StartsWith("https://feeds.example.org/hub/local/samples/articles/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(local); // the others declare a canonical address of their own
        Assert.DoesNotContain("file:", atom.ToString(), StringComparison.Ordinal);
        var index = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains($"<a href=\"{local[0]}\">", index, StringComparison.Ordinal); // the index's newest items link the same way
        using var page = await client.GetAsync(new Uri(local[0]).AbsolutePath["/hub".Length..]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(Samples.Folder, Uri.UnescapeDataString(local[0]["https://feeds.example.org/hub/local/samples/".Length..]));
        Assert.Equal(await File.ReadAllTextAsync(file), await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/local/samples/../feedhub.json")]
    [InlineData("/local/samples/..%2F..%2Ffeedhub.json")]
    [InlineData("/local/samples/articles/missing.html")]
    [InlineData("/local/nobody/harbour-times.rss")]
    public async Task Nothing_outside_a_local_sources_folder_is_served(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_address_links_follow_the_host_but_no_shared_cache_may_keep_them()
    {
        await using var open = new FeedHubFactory(Section(null));
        using var http = open.CreateClient();
        await Samples.EventuallyAsync(() => http.GetStringAsync("/feeds/news.atom"), a => a.Contains("<entry", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        var (self, response) = await SelfLinkAsync(http, "/feeds/news.atom", r =>
        {
            r.Headers.Host = "lan-box:8080";
            r.Headers.Add("X-Forwarded-Host", "attacker.example"); // no proxy is trusted: ignored
        });

        Assert.Equal("http://lan-box:8080/feeds/news.atom", self);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task A_trusted_proxy_forwarded_host_and_scheme_are_believed() => await WithServiceAsync(Section(null, ["127.0.0.1"]), async http =>
    {
        var (self, _) = await SelfLinkAsync(http, "/feeds/news.atom", r =>
        {
            r.Headers.Add("X-Forwarded-Host", "feeds.example.net");
            r.Headers.Add("X-Forwarded-Proto", "https");
            r.Headers.Add("X-Forwarded-For", "203.0.113.9");
        });

        Assert.Equal("https://feeds.example.net/feeds/news.atom", self);
    });

    [Fact]
    public async Task A_trusted_proxy_prefix_is_the_base_of_page_links_and_of_the_cache_key() => await WithServiceAsync(Section("https://example.org/feedhub/", ["127.0.0.1"]), async http =>
    {
        async Task<string> IndexAsync(string prefix)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("X-Forwarded-Prefix", prefix);
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            using var response = await http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        // Asked until the index under /one is answered from the cache: it is kept, so what /two gets shows how it is keyed.
        await Samples.EventuallyAsync(async () =>
        {
            await IndexAsync("/one");
            using var health = JsonDocument.Parse(await http.GetStringAsync("/healthz"));
            return health.RootElement.GetProperty("cacheHits").GetInt64();
        }, hits => hits > 0, TimeSpan.FromSeconds(30));
        var one = await IndexAsync("/one");
        var two = await IndexAsync("/two");

        Assert.Contains("href=\"/one/feeds/news.atom\"", one, StringComparison.Ordinal);
        Assert.Contains("href=\"/two/feeds/news.atom\"", two, StringComparison.Ordinal);
        Assert.DoesNotContain("/one/", two, StringComparison.Ordinal);
    });

    /// <summary>Runs the real service on a loopback port (TestServer has no client address for a proxy to be trusted by) and gives <paramref name="test"/> a client to it.</summary>
    private static async Task WithServiceAsync(object section, Func<HttpClient, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("feedhub-proxy-").FullName;
        try
        {
            var config = Path.Combine(folder, "feedhub.json");
            await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { FeedHub = section }));
            var url = $"http://127.0.0.1:{FeedHubProcess.FreePort()}";
            using var service = FeedHubProcess.Start(folder, "--config", config, "--urls", url);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await Samples.EventuallyAsync(() => FeedHubProcess.StatusAsync(http, new Uri(url + "/healthz")), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
            try
            {
                await test(http);
            }
            finally
            {
                service.Kill(entireProcessTree: true);
                await service.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
