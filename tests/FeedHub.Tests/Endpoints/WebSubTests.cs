using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;
using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Endpoints;

/// <summary>WebSub as publisher: every format names the configured hub, and a change to a feed is announced to the hub (a loopback hub that records what it is told).</summary>
[Collection(HostCollection.Name)]
public sealed class WebSubTests() : LoopbackTest("feedhub-websub-")
{
    private readonly ConcurrentQueue<(string Mode, string Topic)> pings = new();

    private string FeedPath => Path.Combine(Folder, "source.rss");

    private void WriteFeed(params string[] titles) => File.WriteAllText(FeedPath,
        "<rss version=\"2.0\"><channel><title>S</title><link>https://s.example/</link><description>d</description>"
        + string.Concat(titles.Select((t, i) => $"<item><guid>{t}</guid><title>{t}</title><link>https://s.example/{i}</link><description>About {t}.</description></item>"))
        + "</channel></rss>");

    public override async Task InitializeAsync()
    {
        WriteFeed("One");
        await StartSiteAsync(app => app.MapPost("/hub", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            pings.Enqueue((form["hub.mode"].ToString(), form["hub.url"].ToString()));
            return Results.NoContent();
        }));
    }

    [Fact]
    public async Task Feeds_name_the_hub_and_a_change_is_announced_to_it()
    {
        var hub = new Uri(Site.BaseUri, "hub").AbsoluteUri;
        await using var factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            PublicBaseUrl = "https://feeds.example.org/",
            Hubs = new[] { hub },
            Sources = new object[] { new { Id = "s", Path = FeedPath, FullText = false, Interval = "1.00:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All" } },
        });
        using var client = factory.CreateClient();
        var atom = await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/all.atom"), a => a.Contains("<entry", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Contains(XDocument.Parse(atom).Root!.Elements(ns + "link"), l => (string?)l.Attribute("rel") == "hub" && (string?)l.Attribute("href") == hub);
        Assert.Contains(XDocument.Parse(await client.GetStringAsync("/feeds/all.rss")).Root!.Element("channel")!.Elements(ns + "link"), l => (string?)l.Attribute("rel") == "hub" && (string?)l.Attribute("href") == hub);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/all.json"));
        Assert.Equal(hub, json.RootElement.GetProperty("hubs")[0].GetProperty("url").GetString());
        await Task.Delay(FeedHub.Scheduling.HubNotifier.Every * 2);
        pings.Clear(); // the first poll's announcement, if it came after the notifier started

        WriteFeed("One", "Two");
        await factory.Services.GetRequiredService<PollPipeline>().PollAsync(factory.Services.GetRequiredService<FeedHubCatalog>().Sources.Single(), CancellationToken.None);
        await Samples.EventuallyAsync(() => Task.FromResult(pings.Count), n => n >= 3, TimeSpan.FromSeconds(20));

        Assert.Equal(
            ["https://feeds.example.org/feeds/all.atom", "https://feeds.example.org/feeds/all.json", "https://feeds.example.org/feeds/all.rss"],
            pings.Select(p => p.Topic).Order(StringComparer.Ordinal));
        Assert.All(pings, p => Assert.Equal("publish", p.Mode));
    }
}
