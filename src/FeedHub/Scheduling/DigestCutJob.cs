using FeedHub.Configuration;
using FeedHub.Core.Digests;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// Cuts one curated feed's digest when its cron trigger fires. The window ends at the scheduled fire time (not
/// the moment the job happens to run), so a late start still cuts exactly the window the schedule defines.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestCutJob(FeedHubCatalog catalog, DigestPublisher publisher) : IJob
{
    public const string FeedIdKey = "feedId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var feed = context.MergedJobDataMap.GetString(FeedIdKey) is { } id ? catalog.FindFeed(id) : null;
        if (feed?.Digest is null || context.ScheduledFireTimeUtc is not { } end)
        {
            return;
        }

        await publisher.CutAsync(feed, catalog.Sources, end, cancellationToken).ConfigureAwait(false);
    }
}
