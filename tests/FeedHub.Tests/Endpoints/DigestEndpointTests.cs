using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FeedHub.Tests.Endpoints;

/// <summary>
/// Digests over HTTP, end to end through the real service: two outlets' feeds (written for the test, dated
/// relative to now) carry the same wire story and one story each; the hourly digest covering the last two days
/// shows the shared story once with both outlets, as a page, in the list and as items of the digest feeds. A third
/// outlet (in German, with a home page and a lead image) feeds a daily digest cut at 07:00 in Berlin.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class DigestEndpointTests : IAsyncLifetime
{
    private const string Wire = "Port Ellery council approved a 44.5 million pound contract to rebuild the Mossbridge crossing on Tuesday. Work by Harlow Civil starts in April and should finish in 2028, the council said. The vote was 31 to 9.";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly string feeds = Directory.CreateTempSubdirectory("feedhub-digest-").FullName;
    private FeedHubFactory factory = null!;

    public Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var yesterday = now.AddHours(-20);
        WriteFeed("a.rss", "Outlet A", "https://outlet-a.example/", null, ("wire-a", "Council backs Mossbridge contract", Wire, yesterday), ("fair", "Autumn fair draws crowds to the harbour", "Thousands visited the autumn fair at the harbour on Saturday, organisers said, with more stalls than ever before.", yesterday.AddHours(2)));
        WriteFeed("b.rss", "Outlet B", null, null, ("wire-b", "Mossbridge crossing deal approved", Wire, yesterday.AddHours(1)), ("choir", "Town choir wins regional title", "The Port Ellery town choir won the regional championship in Kelsby on Sunday with a programme of sea shanties.", yesterday.AddHours(3)));
        WriteFeed("c.rss", "Outlet C", "https://outlet-c.example/", "de-CH", ("brücke", "Neue Brücke über die Aare eröffnet", "Die neue Brücke über die Aare wurde am Samstag eröffnet. Tausende Menschen kamen zur Feier.", now.AddHours(-26)), ("markt", "Wochenmarkt zieht um", "Der Wochenmarkt zieht im Frühling auf den Bahnhofplatz, teilte die Stadt mit.", now.AddHours(-50)));
        factory = new FeedHubFactory(new
        {
            Sources = new object[]
            {
                new { Id = "a", Title = "Outlet A", Path = Path.Combine(feeds, "a.rss"), FullText = false, Interval = "00:05:00" },
                new { Id = "b", Title = "Outlet B", Path = Path.Combine(feeds, "b.rss"), FullText = false, Interval = "00:05:00" },
                new { Id = "c", Title = "Outlet C", Path = Path.Combine(feeds, "c.rss"), FullText = false, Interval = "00:05:00" },
            },
            Feeds = new object[]
            {
                new { Id = "town", Title = "Town", Sources = new[] { "a", "b" }, Digest = new { Cron = "0 0 * * * ?", TimeZone = "UTC", Window = "2.00:00:00" } },
                new { Id = "daily", Title = "Daily", Sources = new[] { "c" }, Digest = new { Cron = "0 0 7 * * ?", TimeZone = "Europe/Berlin", Window = "3.00:00:00" } },
                new { Id = "plain", Title = "Plain", Sources = new[] { "a" } },
            },
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        Directory.Delete(feeds, recursive: true);
    }

    private void WriteFeed(string file, string title, string? site, string? language, params (string Id, string Title, string Text, DateTimeOffset Date)[] items)
    {
        XNamespace media = "http://search.yahoo.com/mrss/";
        new XDocument(new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "media", media), new XElement("channel", new XElement("title", title),
            site is null ? null : new XElement("link", site), language is null ? null : new XElement("language", language),
            items.Select(i => new XElement("item", new XElement("guid", i.Id), new XElement("title", i.Title), new XElement("link", $"https://{title.Replace(' ', '-')}.example/{i.Id}"),
                new XElement("description", i.Text), new XElement("pubDate", i.Date.ToString("r", CultureInfo.InvariantCulture)),
                new XElement(media + "thumbnail", new XAttribute("url", $"https://img.example/{i.Id}.jpg")))))))
            .Save(Path.Combine(feeds, file));
    }

    private async Task<HttpClient> PolledClientAsync()
    {
        var client = factory.CreateClient();
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/town.json"), j => j.Split("\"id\":").Length - 1 >= 3, TimeSpan.FromSeconds(30));
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/daily.json"), j => j.Split("\"id\":").Length - 1 >= 2, TimeSpan.FromSeconds(30)); // outlet C's two items
        return client;
    }

    [GeneratedRegex("<a href=\"(/digests/town/[^\"]*)\">")]
    private static partial Regex TownLink();

    [Fact]
    public async Task The_digest_is_a_page_a_list_entry_and_an_item_of_each_digest_feed()
    {
        using var client = await PolledClientAsync();

        var list = await client.GetStringAsync("/digests/town/");
        var key = TownLink().Match(list).Groups[1].Value;
        Assert.StartsWith("/digests/town/" + DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), key, StringComparison.Ordinal);

        var page = await client.GetStringAsync(key);
        Assert.Contains("<meta name=\"viewport\"", page, StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme:dark", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("3 stories", page, StringComparison.Ordinal);
        var reportedBy = page.Split("<p class=\"meta\"").Skip(1).Select(p => p[..p.IndexOf("</p>", StringComparison.Ordinal)])
            .Single(p => p.Contains("Outlet B", StringComparison.Ordinal) && p.Contains("Outlet A", StringComparison.Ordinal)); // one story, both outlets
        Assert.Contains("<a href=\"https://outlet-a.example/\">Outlet A</a>", reportedBy, StringComparison.Ordinal); // the outlet's own site, from its feed
        Assert.DoesNotContain(">Outlet B</a>", reportedBy, StringComparison.Ordinal); // its feed names no site
        var wire = page.IndexOf("Mossbridge", StringComparison.Ordinal);
        Assert.True(wire >= 0 && wire < page.IndexOf("Autumn fair", StringComparison.Ordinal), "the story two outlets covered comes first");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/town/digest.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().First();
        Assert.EndsWith(key, item.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("urn:uuid:", item.GetProperty("id").GetString(), StringComparison.Ordinal);
        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/town/digest.rss"));
        Assert.Equal(item.GetProperty("id").GetString(), rss.Descendants("item").First().Element("guid")?.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/digests/town/1999-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/nope/digest.rss")).StatusCode);
    }

    [Fact]
    public async Task A_digest_page_leads_back_and_to_its_neighbours_and_shows_each_story_in_its_zone_and_language()
    {
        using var client = await PolledClientAsync();
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin);
        var today = local.Hour >= 7 ? local.Date : local.Date.AddDays(-1); // the latest 07:00 cut
        var latest = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var before = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await client.GetStringAsync($"/digests/daily/{latest}");
        var older = await client.GetStringAsync($"/digests/daily/{before}");

        Assert.Contains("<a href=\"/digests/daily/\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">FeedHub</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<a rel=\"prev\" href=\"/digests/daily/{before}\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", page, StringComparison.Ordinal);
        Assert.Contains($"<a rel=\"next\" href=\"/digests/daily/{latest}\">", older, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{today.AddDays(-3):d MMM yyyy} 07:00 – {today:d MMM yyyy} 07:00 Europe/Berlin"), page, StringComparison.Ordinal);
        Assert.Contains("<article lang=\"de-CH\" dir=\"auto\">", page, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://img.example/markt.jpg\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://outlet-c.example/\">Outlet C</a>", page, StringComparison.Ordinal);
        Assert.Matches("<time datetime=\"[0-9T:-]+Z\">\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}</time>", page);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_feed_content_has_absolute_links_only()
    {
        using var client = await PolledClientAsync();

        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/daily/digest.rss"));
        var content = string.Concat(rss.Descendants().Where(e => e.Name.LocalName is "description" or "encoded").Select(e => e.Value));

        Assert.Contains("<img src=\"https://img.example/", content, StringComparison.Ordinal);
        Assert.All(Regex.Matches(content, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value), url => Assert.StartsWith("https://", url, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", content, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_list_without_its_slash_redirects_to_the_slash_form()
    {
        await PolledClientAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/digests/town?x=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/digests/town/?x=1", response.Headers.Location?.OriginalString);
        var list = await client.GetStringAsync("/digests/town/");
        Assert.All(TownLink().Matches(list).Select(m => m.Groups[1].Value), href => Assert.StartsWith("/digests/town/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sub_daily_digests_each_have_their_own_address_and_daily_ones_keep_the_date()
    {
        using var client = await PolledClientAsync();

        var hrefs = TownLink().Matches(await client.GetStringAsync("/digests/town/")).Select(m => m.Groups[1].Value).ToList();
        using var first = JsonDocument.Parse(await client.GetStringAsync("/feeds/town/digest.json"));
        using var second = JsonDocument.Parse(await client.GetStringAsync("/feeds/town/digest.json"));
        var items = first.RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.True(hrefs.Count >= 2, "an hourly schedule over a two-day window has several digests");
        Assert.Equal(hrefs.Count, hrefs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(hrefs, href => Assert.Matches(@"^/digests/town/\d{4}-\d{2}-\d{2}T\d{4}$", href));
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("url").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(items.Select(i => i.GetProperty("id").GetString()), second.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var page = await client.GetStringAsync(hrefs[1]);
        Assert.Contains($"<a rel=\"next\" href=\"{hrefs[0]}\">", page, StringComparison.Ordinal);

        var daily = Regex.Matches(await client.GetStringAsync("/digests/daily/"), "<a href=\"(/digests/daily/[^\"]*)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.All(daily, href => Assert.Matches(@"^/digests/daily/\d{4}-\d{2}-\d{2}$", href));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(daily[0], UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_feed_without_a_digest_schedule_answers_its_digest_addresses_with_a_helpful_404()
    {
        using var client = await PolledClientAsync();

        foreach (var path in new[] { "/digests/plain/", "/digests/plain/2026-12-07", "/digests/nope/" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(path.Contains("nope", StringComparison.Ordinal) ? "no feed called &#39;nope&#39;" : "has no digest schedule", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/plain/digest.rss", UriKind.Relative))).StatusCode);
    }
}
