using FeedHub.Core.Fetching;
using FeedHub.Core.Parsing;
using FeedHub.Core.Subscribing;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Subscribing;

/// <summary>Finding a site's feed over real HTTP: the address itself, the feeds its page names, the usual paths, and pages that lead nowhere.</summary>
public sealed class FeedDiscoveryTests() : LoopbackTest("feedhub-discovery-")
{
    private const string Rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Blog</title><link>https://harbour.example/</link><description>d</description>
        <item><title>Ferry timetable changes</title><link>https://harbour.example/ferry</link><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Comments</title><id>urn:c</id><updated>2026-12-01T00:00:00Z</updated></feed>
        """;

    public override Task InitializeAsync() => StartSiteAsync(app =>
    {
        app.MapGet("/", () => Results.Content("""
            <!doctype html><html><head><title> Harbour Blog </title>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="application/rss+xml" title="Posts" href="/posts.rss">
            <link rel="alternate" type="application/atom+xml" href="comments.atom">
            <link rel="alternate" type="application/rss+xml" href="/posts.rss">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="/missing.rss">
            </head><body><p>Welcome</p></body></html>
            """, "text/html; charset=utf-8"));
        app.MapGet("/posts.rss", () => Results.Content(Rss, "application/rss+xml"));
        app.MapGet("/comments.atom", () => Results.Content(Atom, "application/atom+xml"));
        app.MapGet("/based/", () => Results.Content("""
            <html><head><base href="/elsewhere/"><link rel="alternate" type="application/rss+xml" href="feed.rss"></head></html>
            """, "text/html"));
        app.MapGet("/elsewhere/feed.rss", () => Results.Content(Rss, "text/html")); // a feed served with a page's type
        app.MapGet("/blog", () => Results.Content("<!doctype html><title>Blog</title><p>no links in the head</p>", "text/html"));
        app.MapGet("/blog/feed", () => Results.Content(Rss, "application/rss+xml"));
        app.MapGet("/plain", () => Results.Content("<!doctype html><title>Plain</title><p>nothing here</p>", "text/html"));
        app.MapGet("/data.bin", () => Results.Bytes([1, 2, 3], "application/octet-stream"));
    });

    [Fact]
    public async Task A_feed_address_is_the_feed()
    {
        var found = await DiscoverAsync("posts.rss");

        Assert.True(found.WasFeed);
        Assert.Equal("Harbour Blog", Assert.Single(found.Feeds).Feed.Title);
    }

    [Fact]
    public async Task A_page_gives_the_feeds_its_head_names_in_order_each_once()
    {
        var found = await DiscoverAsync("");

        Assert.False(found.WasFeed);
        Assert.Equal("Harbour Blog", found.PageTitle);
        Assert.Equal([new Uri(Site.BaseUri, "posts.rss"), new Uri(Site.BaseUri, "comments.atom")], found.Feeds.Select(f => f.Url));
        Assert.Contains(found.Misses, m => m.Contains("missing.rss", StringComparison.Ordinal) && m.Contains("404", StringComparison.Ordinal));
        Assert.DoesNotContain(Site.Requests, r => r.Path is "/fr/" or "/style.css");
    }

    [Fact]
    public async Task Links_resolve_against_the_pages_base_and_a_feed_served_as_html_is_still_a_feed()
    {
        var found = await DiscoverAsync("based/");

        Assert.Equal(new Uri(Site.BaseUri, "elsewhere/feed.rss"), Assert.Single(found.Feeds).Url);
    }

    [Fact]
    public async Task A_page_that_names_no_feed_gets_the_first_usual_path_that_answers()
    {
        var found = await DiscoverAsync("blog");

        Assert.Equal(new Uri(Site.BaseUri, "blog/feed"), Assert.Single(found.Feeds).Url);
        Assert.Empty(found.Misses);
        Assert.DoesNotContain(Site.Requests, r => r.Path == "/blog/rss"); // the probing stops at the first feed
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("data.bin")]
    public async Task An_address_without_a_feed_gives_none(string path)
    {
        var found = await DiscoverAsync(path);

        Assert.Empty(found.Feeds);
    }

    private async Task<Discovery> DiscoverAsync(string path)
    {
        // The service's own fetcher, as `feedhub sources add` gets it: its limits, its client, its per-host gate.
        await using var services = PipelineServices.Build(Folder, new Dictionary<string, string?> { ["FeedHub:Fetching:FeedPerHostSpacingSeconds"] = "0" });
        var discovery = new FeedDiscovery(services.GetRequiredService<FeedFetcher>(), services.GetRequiredService<FeedParser>());
        return await discovery.DiscoverAsync(new Uri(Site.BaseUri, path), CancellationToken.None);
    }
}
