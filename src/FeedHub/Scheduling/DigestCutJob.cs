using FeedHub.Configuration;
using FeedHub.Core.Digests;
using FeedHub.Core.Telemetry;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// Cuts one curated feed's digest when its cron trigger fires. The window ends at the scheduled fire time (not
/// the moment the job happens to run), so a late start still cuts exactly the window the schedule defines. A fire
/// that replays misfired cuts (every node was down at the cut time; Quartz fires once when one is back) cuts each
/// window whose end the schedule passed since the trigger last fired, up to <see cref="MaxReplayed"/>; a window
/// already stored is kept as it was, so a replay never changes a digest. How late
/// it started is <c>feedhub.scheduler.lag</c> (job digest).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestCutJob(FeedHubCatalog catalog, DigestPublisher publisher, FeedHubMetrics metrics) : IJob
{
    public const string FeedIdKey = "feedId";

    /// <summary>The most missed windows one fire replays (a month of daily digests).</summary>
    public const int MaxReplayed = 31;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.SchedulerLag("digest", context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
        var feed = context.MergedJobDataMap.GetString(FeedIdKey) is { } id ? catalog.FindFeed(id) : null;
        if (feed?.Digest is null || context.ScheduledFireTimeUtc is not { } end)
        {
            return;
        }

        var due = context.PreviousFireTimeUtc is { } previous
            ? feed.Digest.FiresUntil(end, MaxReplayed).Where(e => e > previous)
            : feed.Digest.FiresUntil(end, 1);
        foreach (var window in due)
        {
            await publisher.CutAsync(feed, catalog.Sources, window, cancellationToken).ConfigureAwait(false);
        }
    }
}
