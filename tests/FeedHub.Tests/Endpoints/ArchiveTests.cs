using System.Globalization;
using System.Net;
using System.Xml.Linq;
using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Endpoints;

/// <summary>RFC 5005 archived feeds through the real service: the feed names its newest archive page, each page names the feed and the month before, and a page never changes once served.</summary>
[Collection(HostCollection.Name)]
public sealed class ArchiveTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-archive-").FullName;
    private readonly DateTimeOffset thisMonth = new(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero);
    private FeedHubFactory factory = null!;
    private HttpClient client = null!;

    private string Month(int back) => thisMonth.AddMonths(-back).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(folder, "empty.rss");
        await File.WriteAllTextAsync(feed, "<rss version=\"2.0\"><channel><title>E</title><link>https://a.example/</link><description>d</description></channel></rss>");
        factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            PublicBaseUrl = "https://feeds.example.org/",
            Sources = new object[] { new { Id = "a", Path = feed, FullText = false, Interval = "1.00:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All" } },
        });
        client = factory.CreateClient();
        await Samples.EventuallyAsync(async () => (await client.GetAsync(new Uri("/feeds/all.atom", UriKind.Relative))).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        await StoreAsync(Entry("older", "Two months back", thisMonth.AddMonths(-2).AddDays(3)), Entry("newer", "Last month", thisMonth.AddMonths(-1).AddDays(5)), Entry("now", "This month", thisMonth.AddHours(1)));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static Entry Entry(string key, string title, DateTimeOffset seen) => new()
    {
        SourceId = "a",
        ItemKey = key,
        Title = title,
        Link = $"https://a.example/{key}",
        Summary = $"About {title}.",
        Published = seen,
        ContentHash = key + title,
        FirstSeen = seen,
        LastChanged = seen,
    };

    private Task StoreAsync(params Entry[] entries) => ((FeedHub.Storage.SqliteFeedStore)factory.Services.GetRequiredService<IFeedStore>()).UpsertEntriesAsync(entries, CancellationToken.None);

    private static string? Link(XDocument atom, string rel) =>
        (string?)atom.Root!.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href");

    [Fact]
    public async Task The_feed_names_its_newest_archive_and_each_archive_its_neighbours()
    {
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/feeds/all.atom", UriKind.Relative)));
        Assert.Equal($"https://feeds.example.org/feeds/all/archive/{Month(1)}.atom", Link(feed, "prev-archive"));

        using var response = await client.GetAsync(new Uri($"/feeds/all/archive/{Month(1)}.atom", UriKind.Relative));
        var archive = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.NotNull(archive.Root!.Element(History + "archive"));
        Assert.Equal("https://feeds.example.org/feeds/all.atom", Link(archive, "current"));
        Assert.Equal($"https://feeds.example.org/feeds/all/archive/{Month(2)}.atom", Link(archive, "prev-archive"));
        Assert.Equal(["Last month"], archive.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        var oldest = XDocument.Parse(await client.GetStringAsync(new Uri($"/feeds/all/archive/{Month(2)}.atom", UriKind.Relative)));
        Assert.Null(Link(oldest, "prev-archive"));
        Assert.Equal($"https://feeds.example.org/feeds/all/archive/{Month(1)}.atom", Link(oldest, "next-archive"));
        Assert.Equal(["Two months back"], oldest.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task An_archive_page_never_changes_once_served()
    {
        var first = await client.GetByteArrayAsync(new Uri($"/feeds/all/archive/{Month(1)}.rss", UriKind.Relative));

        await StoreAsync(Entry("late", "Seen late but dated last month", thisMonth.AddMonths(-1).AddDays(9)) with { FirstSeen = thisMonth.AddMonths(-1).AddDays(9) }, Entry("newer", "Last month, retitled", thisMonth.AddMonths(-1).AddDays(5)));
        var again = await client.GetByteArrayAsync(new Uri($"/feeds/all/archive/{Month(1)}.rss", UriKind.Relative));

        Assert.Equal(first, again);
        Assert.Contains("Last month", System.Text.Encoding.UTF8.GetString(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_month_and_months_without_entries_have_no_archive()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/feeds/all/archive/{Month(0)}.atom", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/feeds/all/archive/{Month(5)}.atom", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/all/archive/last-year.atom", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/feeds/nope/archive/{Month(1)}.atom", UriKind.Relative))).StatusCode);
    }
}
