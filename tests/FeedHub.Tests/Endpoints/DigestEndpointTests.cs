using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Endpoints;

/// <summary>
/// Digests over HTTP, end to end through the real service: two outlets' feeds (written for the test, dated
/// relative to now) carry the same wire story and one story each; the hourly digest covering the last two days
/// shows the shared story once with both outlets, as a page, in the list and as items of the digest feeds.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DigestEndpointTests : IAsyncLifetime
{
    private const string Wire = "Port Ellery council approved a 44.5 million pound contract to rebuild the Mossbridge crossing on Tuesday. Work by Harlow Civil starts in April and should finish in 2028, the council said. The vote was 31 to 9.";
    private readonly string feeds = Directory.CreateTempSubdirectory("feedhub-digest-").FullName;
    private FeedHubFactory factory = null!;

    public Task InitializeAsync()
    {
        var yesterday = DateTimeOffset.UtcNow.AddHours(-20);
        WriteFeed("a.rss", "Outlet A", ("wire-a", "Council backs Mossbridge contract", Wire, yesterday), ("fair", "Autumn fair draws crowds to the harbour", "Thousands visited the autumn fair at the harbour on Saturday, organisers said, with more stalls than ever before.", yesterday.AddHours(2)));
        WriteFeed("b.rss", "Outlet B", ("wire-b", "Mossbridge crossing deal approved", Wire, yesterday.AddHours(1)), ("choir", "Town choir wins regional title", "The Port Ellery town choir won the regional championship in Kelsby on Sunday with a programme of sea shanties.", yesterday.AddHours(3)));
        factory = new FeedHubFactory(new
        {
            Sources = new object[]
            {
                new { Id = "a", Title = "Outlet A", Path = Path.Combine(feeds, "a.rss"), FullText = false, Interval = "00:05:00" },
                new { Id = "b", Title = "Outlet B", Path = Path.Combine(feeds, "b.rss"), FullText = false, Interval = "00:05:00" },
            },
            Feeds = new[] { new { Id = "town", Title = "Town", Digest = new { Cron = "0 0 * * * ?", TimeZone = "UTC", Window = "2.00:00:00" } } },
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        Directory.Delete(feeds, recursive: true);
    }

    private void WriteFeed(string file, string title, params (string Id, string Title, string Text, DateTimeOffset Date)[] items) =>
        new XDocument(new XElement("rss", new XAttribute("version", "2.0"), new XElement("channel", new XElement("title", title),
            items.Select(i => new XElement("item", new XElement("guid", i.Id), new XElement("title", i.Title), new XElement("link", $"https://{title.Replace(' ', '-')}.example/{i.Id}"),
                new XElement("description", i.Text), new XElement("pubDate", i.Date.ToString("r", CultureInfo.InvariantCulture)))))))
            .Save(Path.Combine(feeds, file));

    [Fact]
    public async Task The_digest_is_a_page_a_list_entry_and_an_item_of_each_digest_feed()
    {
        using var client = factory.CreateClient();
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/town.json"), j => j.Split("\"id\":").Length - 1 >= 3, TimeSpan.FromSeconds(30));

        var list = await client.GetStringAsync("/digests/town/");
        var date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"<a href=\"{date}\">", list, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/digests/town/{date}");
        Assert.Contains("<meta name=\"viewport\"", page, StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme:dark", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("3 stories", page, StringComparison.Ordinal);
        var reportedBy = page.Split("<p class=\"meta\">").Skip(1).Select(p => p[..p.IndexOf("</p>", StringComparison.Ordinal)])
            .Single(p => p.Contains("wire-a", StringComparison.Ordinal));
        Assert.Contains("<a href=\"https://Outlet-A.example/wire-a\">Outlet A</a>", reportedBy, StringComparison.Ordinal); // one story, both outlets, either order
        Assert.Contains("<a href=\"https://Outlet-B.example/wire-b\">Outlet B</a>", reportedBy, StringComparison.Ordinal);
        var wire = page.IndexOf("Mossbridge", StringComparison.Ordinal);
        Assert.True(wire >= 0 && wire < page.IndexOf("Autumn fair", StringComparison.Ordinal), "the story two outlets covered comes first");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/town/digest.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().First();
        Assert.EndsWith($"/digests/town/{date}", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("urn:uuid:", item.GetProperty("id").GetString(), StringComparison.Ordinal);
        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/town/digest.rss"));
        Assert.Equal(item.GetProperty("id").GetString(), rss.Descendants("item").First().Element("guid")?.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/digests/town/1999-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/nope/digest.rss")).StatusCode);
    }
}
