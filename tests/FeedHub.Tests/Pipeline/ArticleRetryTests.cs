using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Publishing;
using FeedHub.Core.Store;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// A failed article is not cached for good: a site that comes back is fetched again after the back-off, and a link
/// FeedHub refused is fetched once the operator changes the rule that refused it; either way the published item
/// then carries the full text. Over loopback with the real fetcher, extractor and SQLite store.
/// </summary>
public sealed class ArticleRetryTests() : LoopbackTest("feedhub-retry-")
{
    private static readonly string ArticleHtml = File.ReadAllText(Path.Combine(Samples.Folder, "articles", "harbour-bridge-reopens.html"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private volatile bool siteDown;

    public override async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(Folder, "feed.rss"), """
            <rss version="2.0"><channel><title>Flaky</title><link>https://flaky.example/</link><description>d</description>
            <item><guid>1</guid><title>Bridge reopens</title><link>pages/bridge.html</link><description>A short teaser.</description></item>
            </channel></rss>
            """);
        await StartSiteAsync(app => app.MapGet("/pages/{name}", (string name) =>
            siteDown ? Results.StatusCode(503) : Results.Content(ArticleHtml, "text/html; charset=utf-8")));
    }

    private ServiceProvider Services(bool allowPrivate) => PipelineServices.Build(Folder, new Dictionary<string, string?>
    {
        ["FeedHub:Database"] = Path.Combine(Folder, "retry.db"),
        ["FeedHub:Fetching:AllowPrivateNetworks"] = allowPrivate.ToString(),
        ["FeedHub:Fetching:PerHostSpacingSeconds"] = "0",
        ["FeedHub:Sources:0:Id"] = "flaky",
        ["FeedHub:Sources:0:Url"] = new Uri(Site.BaseUri, "feed.rss").AbsoluteUri,
        ["FeedHub:Feeds:0:Id"] = "all",
        ["FeedHub:Feeds:0:Title"] = "All",
    }, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));

    private static async Task<ArticleTally> DrainAsync(ServiceProvider services)
    {
        var catalog = services.GetRequiredService<FeedHubCatalog>();
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        await pipeline.RequeueChangedAsync(CancellationToken.None);
        return await pipeline.DrainAsync(id => catalog.SourcesById.GetValueOrDefault(id), CancellationToken.None);
    }

    private static async Task<Entry> EntryAsync(ServiceProvider services) =>
        (await services.GetRequiredService<IFeedStore>().GetRecentEntriesAsync(["flaky"], 10, CancellationToken.None)).Single();

    /// <summary>The item as the curated feed publishes it now.</summary>
    private async Task<PublishedItem> PublishedAsync(ServiceProvider services)
    {
        var catalog = services.GetRequiredService<FeedHubCatalog>();
        var feed = catalog.Feeds.Single();
        var stories = await services.GetRequiredService<CuratedFeedBuilder>().BuildAsync(feed, catalog.Sources, CancellationToken.None);
        return PublishedFeedFactory.Create(feed, stories, catalog.SourcesById, Site.BaseUri, new Uri(Site.BaseUri, "all.rss"), time.GetUtcNow()).Items.Single();
    }

    private static async Task PollAsync(ServiceProvider services)
    {
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<PollPipeline>().PollAsync(services.GetRequiredService<FeedHubCatalog>().Sources.Single(), CancellationToken.None);
    }

    [Fact]
    public async Task A_site_that_comes_back_is_fetched_again_after_the_back_off_and_the_item_gets_its_full_text()
    {
        await using var services = Services(allowPrivate: true);
        await PollAsync(services);
        siteDown = true;

        var first = await DrainAsync(services);

        Assert.Equal(1, first.Failed);
        var failed = await EntryAsync(services);
        Assert.Equal(ArticleStatus.Failed, failed.ArticleStatus);
        Assert.Equal(1, failed.ArticleAttempts);
        Assert.Equal(time.GetUtcNow() + FetchingDefaults.ArticleRetryFirst, failed.ArticleRetryAt);
        Assert.Equal("A short teaser.", HtmlTextOf((await PublishedAsync(services)).ContentHtml).Trim()); // the feed's own text meanwhile

        siteDown = false;
        Assert.Equal(0, (await DrainAsync(services)).Total); // not due yet: the back-off holds
        time.Advance(FetchingDefaults.ArticleRetryFirst + TimeSpan.FromSeconds(1));
        var retried = await DrainAsync(services);

        Assert.Equal(1, retried.Extracted);
        var extracted = await EntryAsync(services);
        Assert.Equal(ArticleStatus.Extracted, extracted.ArticleStatus);
        Assert.Null(extracted.ArticleRetryAt);
        Assert.Equal(0, extracted.ArticleAttempts);
        Assert.Contains(extracted.ArticleText![..40], HtmlTextOf((await PublishedAsync(services)).ContentHtml), StringComparison.Ordinal);
        Assert.Equal(2, Site.Requests.Count(r => r.Path == "/pages/bridge.html"));
    }

    [Fact]
    public async Task A_refused_link_is_fetched_once_the_operator_allows_private_networks()
    {
        await using (var strict = Services(allowPrivate: false))
        {
            await PollAsync(strict);
            var refused = await DrainAsync(strict);

            Assert.Equal(1, refused.Refused);
            var entry = await EntryAsync(strict);
            Assert.Equal(ArticleStatus.Failed, entry.ArticleStatus);
            Assert.Null(entry.ArticleRetryAt); // retrying cannot help while the rule stands
        }

        await using (var same = Services(allowPrivate: false))
        {
            Assert.Equal(0, await same.GetRequiredService<ArticlePipeline>().RequeueChangedAsync(CancellationToken.None));
        }

        await using var allowed = Services(allowPrivate: true);
        Assert.Equal(1, await allowed.GetRequiredService<ArticlePipeline>().RequeueChangedAsync(CancellationToken.None));
        var tally = await DrainAsync(allowed);

        Assert.Equal(1, tally.Extracted);
        Assert.Equal(1, Site.Requests.Count(r => r.Path == "/pages/bridge.html"));
        var published = await PublishedAsync(allowed);
        Assert.Contains((await EntryAsync(allowed)).ArticleText![..40], HtmlTextOf(published.ContentHtml), StringComparison.Ordinal);
    }

    private static FetchingOptions FetchingDefaults { get; } = new();

    private static string HtmlTextOf(string? html) => FeedHub.Core.Text.HtmlText.Strip(html ?? string.Empty);
}
