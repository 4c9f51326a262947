using FeedHub.Configuration;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// At start-up, gives each curated feed with a digest schedule a cron trigger in its time zone that cuts its digests.
/// A trigger already stored with the same schedule is kept (on PostgreSQL the schedule is shared and survives
/// restarts, so a cut missed while every node was down fires late, once, and <see cref="DigestCutJob"/> cuts each
/// window it missed); a changed schedule replaces it.
/// </summary>
internal sealed partial class DigestScheduleRegistrar(ISchedulerFactory schedulers, FeedHubCatalog catalog, ILogger<DigestScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var feed in catalog.Feeds)
        {
            if (feed.Digest is not { } schedule)
            {
                continue;
            }

            var key = new TriggerKey("digest-" + feed.Id, "digests");
            if (await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false) is ICronTrigger existing
                && existing.CronExpressionString == schedule.Cron && existing.TimeZone.Id == schedule.TimeZone.Id)
            {
                LogScheduled(feed.Id, schedule.Cron, schedule.TimeZone.Id, existing.NextFireTimeUtc);
                continue;
            }

            var job = JobBuilder.Create<DigestCutJob>()
                .WithIdentity(JobKeyOf(feed.Id))
                .UsingJobData(DigestCutJob.FeedIdKey, feed.Id)
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(job)
                .WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(schedule.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
            var scheduled = await scheduler.GetTrigger(trigger.Key, cancellationToken).ConfigureAwait(false);
            LogScheduled(feed.Id, schedule.Cron, schedule.TimeZone.Id, scheduled?.NextFireTimeUtc);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static JobKey JobKeyOf(string feedId) => new("digest-" + feedId, "digests");

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {FeedId} scheduled by '{Cron}' in {TimeZone}; next cut at {Next:u}")]
    private partial void LogScheduled(string feedId, string cron, string timeZone, DateTimeOffset? next);
}
