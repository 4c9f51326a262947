using System.Net;
using System.Xml.Linq;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Endpoints;

/// <summary>The HTTP surface through WebApplicationFactory, on the bundled samples read as local files.</summary>
[Collection(HostCollection.Name)]
public sealed class EndpointTests : IAsyncLifetime
{
    private FeedHubFactory factory = null!;
    private HttpClient client = null!;
    private readonly string notes = Directory.CreateTempSubdirectory("feedhub-index-").FullName;

    public async Task InitializeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        new XDocument(new XElement("rss", new XAttribute("version", "2.0"), new XElement("channel", new XElement("title", "Town notes"),
            Enumerable.Range(1, 7).Select(i => new XElement("item", new XElement("guid", $"n{i}"), new XElement("title", $"Note {i} <of 7>"), new XElement("link", $"https://notes.example/{i}"),
                new XElement("description", $"Town note number {i}."), new XElement("pubDate", now.AddHours(-i).ToString("r", System.Globalization.CultureInfo.InvariantCulture)))))))
            .Save(Path.Combine(notes, "notes.rss"));
        factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Fetching = new { MinimumInterval = "00:00:01" },
            Sources = new object[]
            {
                new { Id = "harbour", Title = "Harbour & Times", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), Interval = "01:00:00", Tags = new[] { "news" } },
                new { Id = "notes", Title = "Town notes", Path = Path.Combine(notes, "notes.rss"), Interval = "01:00:00", FullText = false },
            },
            Feeds = new object[]
            {
                new { Id = "news", Title = "News & views", Tags = new[] { "news" } },
                new { Id = "quiet", Title = "Without the bridge story", Sources = new[] { "harbour" }, Exclude = new[] { "a bridge REBUILT from the inside out" } },
                new { Id = "notes", Title = "Notes", Sources = new[] { "notes" } },
                new { Id = "weekly", Title = "Weekly & quiet", Description = "Only the stories nobody wrote yet.", Sources = new[] { "harbour" }, Include = new[] { "no sample says this phrase" }, Digest = new { Cron = "0 0 7 ? * MON", TimeZone = "Europe/Berlin", Window = "7.00:00:00" } },
            },
        });
        client = factory.CreateClient();
        // Wait for the article worker too: the exclude rule below matches a phrase of the bridge article's full text.
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/news.json"), j => j.Contains("A bridge rebuilt from the inside out", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        Directory.Delete(notes, recursive: true);
    }

    [Fact]
    public async Task Index_lists_feeds_with_subscribe_links_and_autodiscovery()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News &amp; views (RSS)\" href=\"/feeds/news.rss\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"application/feed+json\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/quiet.json\">JSON Feed</a>", html, StringComparison.Ordinal);
        Assert.Contains("Harbour &amp; Times", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_shows_each_feeds_count_newest_items_how_to_subscribe_and_its_digests()
    {
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/notes.json"), j => j.Contains("Note 7", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("3 items", Section(html, "feed-news"), StringComparison.Ordinal);
        var notes = Section(html, "feed-notes");
        Assert.Contains("7 items", notes, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://notes.example/1\">Note 1 &lt;of 7&gt;</a><time datetime=", notes, StringComparison.Ordinal); // newest first, linked, dated
        Assert.Contains("Note 5 &lt;of 7&gt;", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Note 6", notes, StringComparison.Ordinal); // the newest five only
        Assert.Contains("Copy a link into your feed reader", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("/digests/notes/", notes, StringComparison.Ordinal); // no digest schedule, no digest links
        Assert.DoesNotContain("file:", html, StringComparison.Ordinal); // a local sample's links go nowhere for a reader

        var weekly = Section(html, "feed-weekly");
        Assert.Contains("Only the stories nobody wrote yet.", weekly, StringComparison.Ordinal);
        Assert.Contains("No items yet", weekly, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/digests/weekly/\">All digests</a>", weekly, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/weekly/digest.rss\">", weekly, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme:dark)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_digest_list_says_when_the_first_digest_is_cut_in_the_schedules_zone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, berlin);
        var monday = local.Date.AddDays(((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7);
        if (monday == local.Date && local.TimeOfDay >= TimeSpan.FromHours(7))
        {
            monday = monday.AddDays(7);
        }

        var list = await client.GetStringAsync(new Uri("/digests/weekly/", UriKind.Relative));

        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"No digest yet: the first is cut on Monday {monday:d MMMM yyyy} at 07:00 Europe/Berlin."), list, StringComparison.Ordinal);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("rss", "application/rss+xml")]
    [InlineData("atom", "application/atom+xml")]
    [InlineData("json", "application/feed+json")]
    public async Task Feeds_are_served_with_their_media_type_and_validators(string extension, string mediaType)
    {
        using var response = await client.GetAsync(new Uri($"/feeds/news.{extension}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Items_carry_their_page_language_and_the_feed_the_language_they_share()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/feeds/news.json"));
        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/news.atom"));
        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/news.rss"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var feedLanguage = atom.Root!.Attribute(XNamespace.Xml + "lang")?.Value;

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var languages = items.ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("language").GetString()!);
        var bridge = items.Single(i => i.GetProperty("url").GetString()!.Contains("bridge", StringComparison.Ordinal));
        Assert.Equal("en-GB", bridge.GetProperty("language").GetString()); // the page's <html lang>
        Assert.Equal("en", feedLanguage?[..2]);
        Assert.Equal(feedLanguage, rss.Root!.Element("channel")!.Element("language")?.Value);
        Assert.All(atom.Root.Elements(ns + "entry"), entry => Assert.Equal(
            languages[entry.Element(ns + "id")!.Value], entry.Attribute(XNamespace.Xml + "lang")?.Value ?? feedLanguage, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Rss_has_rfc822_dates_a_matching_self_link_and_full_text()
    {
        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/news.rss"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";

        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("http://localhost/feeds/news.rss", channel.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("News & views", channel.Element("title")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, item => Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$", item.Element("pubDate")!.Value));
        var bridge = Samples.Expectation("articles/harbour-bridge-reopens.html");
        var bridgeItem = items.Single(i => i.Element("title")!.Value == bridge.Title);
        Assert.Contains(bridge.MustContain[0], bridgeItem.Element(content + "encoded")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exclude_rules_drop_matching_entries()
    {
        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/quiet.atom"));
        XNamespace ns = "http://www.w3.org/2005/Atom";

        var titles = atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "title")!.Value).ToList();
        Assert.Equal(2, titles.Count);
        Assert.DoesNotContain(Samples.Expectation("articles/harbour-bridge-reopens.html").Title, titles);
    }

    [Fact]
    public async Task Unknown_feeds_and_formats_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/nope.rss", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/feeds/news.xml", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Healthz_is_200_when_scheduler_and_database_are_up()
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"ok\",\"scheduler\":true,\"database\":true,\"cachedDocuments\":0,\"cachedBytes\":0,\"cacheHits\":0}", await response.Content.ReadAsStringAsync()); // nothing kept: no PublicBaseUrl here
    }
}
