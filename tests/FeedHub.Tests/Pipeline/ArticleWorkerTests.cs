using FeedHub.Configuration;
using FeedHub.Core.Extraction;
using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// Article pages are fetched by the worker, apart from the poll: a slow article site never holds up a poll, the
/// pending work survives in SQLite, and one host is visited one request at a time.
/// </summary>
public sealed class ArticleWorkerTests() : LoopbackTest("feedhub-worker-", Samples.Folder)
{
    private ServiceProvider Services(string spacingSeconds = "0") => PipelineServices.Build(Folder, new Dictionary<string, string?>
        {
            ["FeedHub:Database"] = Path.Combine(Folder, "worker.db"),
            ["FeedHub:Fetching:AllowPrivateNetworks"] = "true",
            ["FeedHub:Fetching:PerHostSpacingSeconds"] = spacingSeconds,
            ["FeedHub:Sources:0:Id"] = "harbour",
            ["FeedHub:Sources:0:Url"] = new Uri(Site.BaseUri, "harbour-times.rss").AbsoluteUri,
            ["FeedHub:Sources:1:Id"] = "garden",
            ["FeedHub:Sources:1:Url"] = new Uri(Site.BaseUri, "green-valley-blog.atom").AbsoluteUri,
        });

    [Fact]
    public async Task A_slow_article_site_does_not_hold_up_the_next_poll()
    {
        await using var services = Services();
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var catalog = services.GetRequiredService<FeedHubCatalog>();
        var refresher = services.GetRequiredService<PollPipeline>();
        Site.SlowDelay = TimeSpan.FromSeconds(3);

        await refresher.PollAsync(catalog.SourcesById["harbour"], CancellationToken.None);
        var working = services.GetRequiredService<ArticlePipeline>().ProcessPendingAsync(id => catalog.SourcesById.GetValueOrDefault(id), CancellationToken.None);
        await Samples.EventuallyAsync(() => Task.FromResult(Site.InFlight), n => n > 0, TimeSpan.FromSeconds(10));
        var second = await refresher.PollAsync(catalog.SourcesById["garden"], CancellationToken.None);

        Assert.Equal(PollStatus.Updated, second.Status);
        Assert.True(Site.InFlight > 0, "the second poll finished while article pages were still being served");
        Assert.False(working.IsCompleted);
        var pending = await services.GetRequiredService<IFeedStore>().GetPendingArticlesAsync(100, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        Assert.Contains(pending, e => e.SourceId == "garden");
        Assert.Equal(3, (await working).Total);
    }

    [Fact]
    public async Task Pending_articles_are_settled_with_full_text_or_a_reason()
    {
        await using var services = Services();
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var catalog = services.GetRequiredService<FeedHubCatalog>();
        var store = services.GetRequiredService<IFeedStore>();
        await services.GetRequiredService<PollPipeline>().PollAsync(catalog.SourcesById["harbour"], CancellationToken.None);
        Assert.All(await store.GetRecentEntriesAsync(["harbour"], 10, CancellationToken.None), e =>
        {
            Assert.Equal(ArticleStatus.Pending, e.ArticleStatus);
            Assert.Equal("en-gb", e.Language); // the feed's <language>
        });

        var worker = services.GetRequiredService<ArticlePipeline>();
        Assert.Equal(3, (await worker.ProcessPendingAsync(id => catalog.SourcesById.GetValueOrDefault(id), CancellationToken.None)).Total);
        Assert.Equal(0, (await worker.ProcessPendingAsync(id => catalog.SourcesById.GetValueOrDefault(id), CancellationToken.None)).Total);

        var entries = await store.GetRecentEntriesAsync(["harbour"], 10, CancellationToken.None);
        Assert.Equal("https://www.harbourtimes.example/news/local/old-harbour-bridge-reopens",
            entries.Single(e => e.Link!.EndsWith("harbour-bridge-reopens.html", StringComparison.Ordinal)).CanonicalLink); // the page's rel=canonical
        Assert.Equal("en-GB", entries.Single(e => e.Link!.EndsWith("harbour-bridge-reopens.html", StringComparison.Ordinal)).Language); // the page's <html lang>
        Assert.All(entries, e =>
        {
            Assert.Equal(ArticleStatus.Extracted, e.ArticleStatus);
            Assert.NotNull(e.ArticleText);
            Assert.InRange(e.ArticleConfidence ?? 0, 0.5, 1.0);
            Assert.Equal(ExtractionPaths.Main, e.ExtractionPath);
        });
    }

    [Fact]
    public async Task One_host_is_visited_one_request_at_a_time_with_spacing()
    {
        await using var services = Services(spacingSeconds: "0.4");
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var catalog = services.GetRequiredService<FeedHubCatalog>();
        await services.GetRequiredService<PollPipeline>().PollAsync(catalog.SourcesById["harbour"], CancellationToken.None);
        var peak = 0;
        Site.SlowDelay = TimeSpan.FromMilliseconds(200);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Site.InFlight);
                await Task.Delay(10);
            }
        });
        var started = DateTime.UtcNow;

        await services.GetRequiredService<ArticlePipeline>().ProcessPendingAsync(id => catalog.SourcesById.GetValueOrDefault(id), CancellationToken.None);
        await sampling.CancelAsync();
        await sampler;

        Assert.Equal(1, peak);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.8), "three requests 0.4 s apart take at least 0.8 s");
    }
}
