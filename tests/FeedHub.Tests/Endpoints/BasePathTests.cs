using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FeedHub.Endpoints;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Endpoints;

/// <summary>
/// FeedHub:BasePath, for a reverse proxy that passes its prefix on: every route answers under /feedhub, every link
/// carries it (absolute ones from PublicBaseUrl, page links from the path base), cached documents are kept and found
/// by their whole path, and nothing answers outside the base.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class BasePathTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private FeedHubFactory factory = null!;
    private HttpClient client = null!;

    [GeneratedRegex("href=\"(/[^\"]*)\"")]
    private static partial Regex PageLink();

    public async Task InitializeAsync()
    {
        factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            PublicBaseUrl = "https://example.org/feedhub/",
            BasePath = "/feedhub",
            Sources = new object[] { new { Id = "harbour", Title = "Harbour Times", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), FullText = false, Interval = "01:00:00" } },
            Feeds = new object[] { new { Id = "news", Title = "News", Sources = new[] { "harbour" }, Digest = new { Cron = "0 0 7 ? * MON", TimeZone = "Europe/Berlin", Window = "7.00:00:00" } } },
        });
        client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feedhub/feeds/news.atom"), a => a.Contains("<entry", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private static List<string> PageLinks(string html) => [.. PageLink().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task A_feed_answers_under_the_base_and_links_under_it()
    {
        var atom = XDocument.Parse(await client.GetStringAsync("/feedhub/feeds/news.atom"));

        var links = atom.Descendants(Atom + "link").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.Contains("https://example.org/feedhub/feeds/news.atom", links); // self
        var local = links.Where(l => l.Contains("/local/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(local);
        Assert.All(local, l => Assert.StartsWith("https://example.org/feedhub/local/samples/articles/", l, StringComparison.Ordinal));
        using var article = await client.GetAsync(new Uri(local[0]).AbsolutePath); // the item's page is where the link says
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feedhub/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("/feedhub/")]
    [InlineData("/feedhub")]
    [InlineData("/feedhub/digests/news/")]
    [InlineData("/feedhub/digests/nowhere/")]
    public async Task Pages_link_only_under_the_base(string path)
    {
        using var response = await client.GetAsync(path); // the last is a 404 page, which links back as well
        var html = await response.Content.ReadAsStringAsync();

        var links = PageLinks(html);
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("/feedhub/", l, StringComparison.Ordinal));
        if (path.StartsWith("/feedhub/digests/", StringComparison.Ordinal))
        {
            Assert.Contains("/feedhub/", links); // the way back to the index
            return;
        }

        Assert.Contains("/feedhub/feeds/news.atom", links);
        Assert.Contains("/feedhub/digests/news/", links);
        Assert.Contains("/feedhub/feeds/news/digest.rss", links);
    }

    [Fact]
    public async Task The_opml_lists_the_feeds_at_their_address_under_the_base()
    {
        var opml = XDocument.Parse(await client.GetStringAsync("/feedhub/opml"));

        var urls = opml.Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).OfType<string>().ToList();
        Assert.Contains("https://example.org/feedhub/feeds/news.rss", urls);
        Assert.Contains("https://example.org/feedhub/feeds/news/digest.rss", urls);
        Assert.All(urls, u => Assert.StartsWith("https://example.org/feedhub/", u, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/news.atom")]
    [InlineData("/opml")]
    [InlineData("/healthz")]
    [InlineData("/digests/news/")]
    [InlineData("/feedhubx/feeds/news.atom")]
    [InlineData("/local/samples/harbour-times.rss")]
    public async Task Nothing_answers_outside_the_base(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["/feedhub/"], PageLinks(await response.Content.ReadAsStringAsync())); // the page names the base
    }

    [Fact]
    public async Task A_cached_document_is_found_under_the_base_and_only_there()
    {
        var cache = factory.Services.GetRequiredService<OutputCache>();
        var first = await client.GetByteArrayAsync("/feedhub/feeds/news.rss");
        var hits = cache.Hits;

        var again = await client.GetByteArrayAsync("/feedhub/feeds/news.rss");
        var otherCase = await client.GetByteArrayAsync("/FeedHub/feeds/news.rss"); // the configured spelling is the base whatever the case asked
        using var outside = await client.GetAsync("/feeds/news.rss"); // kept as /feedhub/feeds/news.rss, not as the path after the base

        Assert.Equal(hits + 2, cache.Hits);
        Assert.Equal(first, again);
        Assert.Equal(first, otherCase);
        Assert.Contains("https://example.org/feedhub/feeds/news.rss", System.Text.Encoding.UTF8.GetString(again), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }
}
