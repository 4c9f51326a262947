using FeedHub.Core.Model;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedHub.Tests.Pipeline;

/// <summary>A source's next due poll is stored in SQLite; a restarted service schedules its Quartz trigger for that time.</summary>
[Collection(HostCollection.Name)]
public sealed class ScheduleRestartTests
{
    [Fact]
    public async Task The_stored_next_due_time_survives_a_restart()
    {
        var due = DateTimeOffset.UtcNow.AddHours(5);
        using var factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Sources = new object[] { new { Id = "harbour", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), Interval = "06:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All" } },
        });
        var database = new SqliteDatabase(factory.DatabasePath);
        await database.MigrateAsync(CancellationToken.None);
        await new SqliteFeedStore(database).SaveSourceStateAsync(new SourceState { SourceId = "harbour", NextDue = due }, CancellationToken.None);

        using var client = factory.CreateClient();
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey("poll-harbour", "sources"));

        Assert.NotNull(trigger);
        var next = trigger.NextFireTimeUtc;
        Assert.NotNull(next);
        Assert.InRange(next.Value, due.AddMilliseconds(-1), due.AddMilliseconds(1));
    }
}
