using FeedHub.Configuration;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>At start-up, gives each curated feed with a digest schedule a cron trigger in its time zone that cuts its digests.</summary>
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

            var job = JobBuilder.Create<DigestCutJob>()
                .WithIdentity(JobKeyOf(feed.Id))
                .UsingJobData(DigestCutJob.FeedIdKey, feed.Id)
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity("digest-" + feed.Id, "digests")
                .ForJob(job)
                .WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(schedule.TimeZone))
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
