using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Telemetry;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// Polls one source through <see cref="PollPipeline"/>, then moves its trigger to the next due time the poll planned
/// (and stored). The pipeline ends every poll with a due time, a failure included, so the trigger is always moved and
/// no source is left unscheduled; only a source that is gone (410) has none, and its trigger ends. Quartz never runs two polls of the same source at once (one job per source, no
/// concurrent execution). How late each poll started is <c>feedhub.scheduler.lag</c> (job poll).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SourcePollJob(FeedHubCatalog catalog, PollPipeline polls, FeedHubMetrics metrics) : IJob
{
    public const string SourceIdKey = "sourceId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        metrics.SchedulerLag("poll", context.FireTimeUtc - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey);
        if (sourceId is null || !catalog.SourcesById.TryGetValue(sourceId, out var source))
        {
            return;
        }

        var outcome = await polls.PollAsync(source, cancellationToken).ConfigureAwait(false);
        if (outcome.NextDue is not { } due)
        {
            return; // gone (HTTP 410): the trigger ends here; a changed Url or `feedhub sources revive` brings it back
        }

        var next = TriggerBuilder.Create()
            .WithIdentity(context.Trigger.Key)
            .ForJob(context.JobDetail)
            .StartAt(due)
            .Build();
        await context.Scheduler.RescheduleJob(context.Trigger.Key, next, cancellationToken).ConfigureAwait(false);
    }
}
