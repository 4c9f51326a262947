using FeedHub.Configuration;
using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// Every poll ends with a next due time and every article taken ends settled, whatever broke: a store that throws
/// leaves the source's Quartz trigger scheduled (backed off), and an extraction that throws marks that one entry
/// failed with its reason while the rest of the batch is extracted and nothing is taken again.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NoLostSourceTests() : LoopbackTest("feedhub-lost-", Samples.Folder)
{
    [Fact]
    public async Task A_poll_whose_store_throws_backs_off_and_keeps_its_trigger()
    {
        using var factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Sources = new object[] { new { Id = "harbour", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), Interval = "00:30:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All" } },
        });
        FailingStore? store = null;
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IFeedStore>(sp =>
            store = new FailingStore(new SqliteFeedStore(sp.GetRequiredService<SqliteDatabase>())) { FailPollWrites = true }))));
        using var client = app.CreateClient();

        await Samples.EventuallyAsync(() => Task.FromResult(store?.FailedPollWrites ?? 0), n => n > 0, TimeSpan.FromSeconds(20));
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await Samples.EventuallyAsync<ITrigger?>(async () => await scheduler.GetTrigger(new TriggerKey("poll-harbour", "sources")), t => t?.PreviousFireTimeUtc is null && t?.NextFireTimeUtc > DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromSeconds(10));

        Assert.NotNull(trigger); // rescheduled, backed off beyond its interval: twice 30 minutes, give or take the jitter
        Assert.InRange(trigger.NextFireTimeUtc!.Value, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(70));
    }

    [Fact]
    public async Task A_failed_poll_that_cannot_even_be_stored_still_has_a_next_due_time()
    {
        FailingStore? store = null;
        await using var services = Services(s => s.Replace(ServiceDescriptor.Singleton<IFeedStore>(sp => store = new FailingStore(new SqliteFeedStore(sp.GetRequiredService<SqliteDatabase>())) { FailPollWrites = true })));
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var source = services.GetRequiredService<FeedHubCatalog>().SourcesById["harbour"];

        var outcome = await services.GetRequiredService<PollPipeline>().PollAsync(source, CancellationToken.None);

        Assert.Equal(PollStatus.Failed, outcome.Status);
        Assert.Contains("disk I/O error", outcome.Error, StringComparison.Ordinal);
        Assert.InRange(outcome.NextDue!.Value, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(70));
        Assert.Equal(2, store!.FailedPollWrites); // the poll's write, then the failure's own
    }

    [Fact]
    public async Task A_poll_that_cannot_read_its_state_backs_off_without_overwriting_it()
    {
        FailingStore? store = null;
        await using var services = Services(s => s.Replace(ServiceDescriptor.Singleton<IFeedStore>(sp => store = new FailingStore(new SqliteFeedStore(sp.GetRequiredService<SqliteDatabase>())))));
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var source = services.GetRequiredService<FeedHubCatalog>().SourcesById["harbour"];
        var polls = services.GetRequiredService<PollPipeline>();
        await polls.PollAsync(source, CancellationToken.None);
        var before = await services.GetRequiredService<IFeedStore>().GetSourceStateAsync("harbour", CancellationToken.None);
        Assert.NotNull(before?.ETag);
        store!.FailStateReads = true;

        var outcome = await polls.PollAsync(source, CancellationToken.None);

        store.FailStateReads = false;
        Assert.Equal(PollStatus.Failed, outcome.Status);
        Assert.InRange(outcome.NextDue!.Value, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(70));
        Assert.Equal(before, await services.GetRequiredService<IFeedStore>().GetSourceStateAsync("harbour", CancellationToken.None));
    }

    [Fact]
    public async Task An_extraction_that_throws_settles_its_entry_as_failed_and_the_batch_goes_on()
    {
        FailingStore? store = null;
        await using var services = Services(s => s.Replace(ServiceDescriptor.Singleton<IFeedStore>(sp => store = new FailingStore(new SqliteFeedStore(sp.GetRequiredService<SqliteDatabase>())))));
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var catalog = services.GetRequiredService<FeedHubCatalog>();
        await services.GetRequiredService<PollPipeline>().PollAsync(catalog.SourcesById["harbour"], CancellationToken.None);
        var feedStore = services.GetRequiredService<IFeedStore>();
        var pending = await feedStore.GetPendingArticlesAsync(10, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        Assert.Equal(3, pending.Count);
        store!.FailPageUrl = pending[0].Link;

        var settled = await services.GetRequiredService<ArticlePipeline>().DrainAsync(id => catalog.SourcesById.GetValueOrDefault(id), CancellationToken.None);

        Assert.Equal(3, settled.Total); // each entry once: the broken one is not taken again
        var entries = await feedStore.GetRecentEntriesAsync(["harbour"], 10, CancellationToken.None);
        var broken = entries.Single(e => e.Link == pending[0].Link);
        Assert.Equal(ArticleStatus.Failed, broken.ArticleStatus);
        Assert.Equal("extraction failed: page store broke (injected by the test)", broken.ArticleNote);
        Assert.All(entries.Where(e => e.Link != pending[0].Link), e => Assert.Equal(ArticleStatus.Extracted, e.ArticleStatus));
    }

    private ServiceProvider Services(Action<IServiceCollection> replace) => PipelineServices.Build(Folder, new Dictionary<string, string?>
    {
        ["FeedHub:Database"] = Path.Combine(Folder, "lost.db"),
        ["FeedHub:Fetching:AllowPrivateNetworks"] = "true",
        ["FeedHub:Fetching:PerHostSpacingSeconds"] = "0",
        ["FeedHub:Sources:0:Id"] = "harbour",
        ["FeedHub:Sources:0:Url"] = new Uri(Site.BaseUri, "harbour-times.rss").AbsoluteUri,
        ["FeedHub:Sources:0:Interval"] = "00:30:00",
    }, replace);
}
