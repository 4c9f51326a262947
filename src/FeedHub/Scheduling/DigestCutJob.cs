using FeedHub.Configuration;
using FeedHub.Core.Digests;
using FeedHub.Core.Telemetry;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// Cuts one curated feed's digest when its cron trigger fires. The window ends at the scheduled fire time (not
/// the moment the job happens to run), so a late start still cuts exactly the window the schedule defines. How late
/// it started is <c>feedhub.scheduler.lag</c> (job digest).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestCutJob(FeedHubCatalog catalog, DigestPublisher publisher, FeedHubMetrics metrics) : IJob
{
    public const string FeedIdKey = "feedId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.SchedulerLag("digest", context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
        var feed = context.MergedJobDataMap.GetString(FeedIdKey) is { } id ? catalog.FindFeed(id) : null;
        if (feed?.Digest is null || context.ScheduledFireTimeUtc is not { } end)
        {
            return;
        }

        await publisher.CutAsync(feed, catalog.Sources, end, cancellationToken).ConfigureAwait(false);
    }
}
