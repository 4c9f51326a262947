using FeedHub.Configuration;
using FeedHub.Core.Pipeline;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// Polls one source through the pipeline, then moves its trigger to the next due time the pipeline planned (and
/// stored). Quartz never runs two polls of the same source at once (one job per source, no concurrent execution).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SourcePollJob(FeedHubCatalog catalog, SourceRefresher refresher) : IJob
{
    public const string SourceIdKey = "sourceId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey);
        if (sourceId is null || !catalog.SourcesById.TryGetValue(sourceId, out var source))
        {
            return;
        }

        var outcome = await refresher.RefreshAsync(source, cancellationToken).ConfigureAwait(false);
        var next = TriggerBuilder.Create()
            .WithIdentity(context.Trigger.Key)
            .ForJob(context.JobDetail)
            .StartAt(outcome.NextDue)
            .Build();
        await context.Scheduler.RescheduleJob(context.Trigger.Key, next, cancellationToken).ConfigureAwait(false);
    }
}
