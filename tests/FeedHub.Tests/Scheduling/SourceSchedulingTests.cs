using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedHub.Tests.Scheduling;

/// <summary>The real Quartz scheduler in the service: its thread count is the configured poll concurrency, and a source that answers 410 has its trigger end.</summary>
[Collection(HostCollection.Name)]
public sealed class SourceSchedulingTests() : LoopbackTest("feedhub-scheduling-")
{
    private int gone;

    public override Task InitializeAsync() => StartSiteAsync(app => app.MapGet("/gone", () =>
    {
        Interlocked.Increment(ref gone);
        return Results.StatusCode(410);
    }));

    [Fact]
    public async Task A_gone_source_loses_its_trigger_and_polls_run_on_the_configured_thread_count()
    {
        using var factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Fetching = new { MinimumInterval = "00:00:01", PollConcurrency = 12 },
            Sources = new object[] { new { Id = "old", Url = new Uri(Site.BaseUri, "gone").AbsoluteUri, Interval = "00:00:01" } },
            Feeds = new object[] { new { Id = "all", Title = "All" } },
        });
        using var client = factory.CreateClient();
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = await Samples.EventuallyAsync<ITrigger?>(async () => await scheduler.GetTrigger(new TriggerKey("poll-old", "sources")), t => t is null, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2)); // two intervals: a source still scheduled would have been polled again

        Assert.Null(trigger);
        Assert.Equal(1, Volatile.Read(ref gone));
        Assert.True(await scheduler.Exists(new JobKey("source-old", "sources")), "the job stays, for a revive");
        Assert.Equal(12, (await scheduler.GetMetadata()).ThreadPoolSize);
        Assert.Contains("gone since", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
