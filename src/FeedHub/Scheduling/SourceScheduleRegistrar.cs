using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>At start-up, gives each source a poll job whose first trigger is the due time stored by the last run.</summary>
internal sealed partial class SourceScheduleRegistrar(
    ISchedulerFactory schedulers,
    FeedHubCatalog catalog,
    IFeedStore store,
    PollPlanner planner,
    ILogger<SourceScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        // One query for every source's state: one per source kept a 10,000-source start-up busy for half a minute.
        var states = (await store.GetSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var scheduled = 0;
        foreach (var source in catalog.Sources)
        {
            var state = states.GetValueOrDefault(source.Id);
            if (state?.IsGone(source) == true)
            {
                LogGone(source.Id, state.GoneSince!.Value, state.GoneAt!);
                continue;
            }

            var due = planner.FirstDue(state);
            var job = JobBuilder.Create<SourcePollJob>()
                .WithIdentity(JobKeyOf(source.Id))
                .UsingJobData(SourcePollJob.SourceIdKey, source.Id)
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create().WithIdentity("poll-" + source.Id, "sources").ForJob(job).StartAt(due).Build();
            await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
            LogScheduled(source.Id, due);
            scheduled++;
        }

        LogAllScheduled(scheduled, catalog.Sources.Count - scheduled);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static JobKey JobKeyOf(string sourceId) => new("source-" + sourceId, "sources");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} is gone since {Since:u} (HTTP 410 at {Url}) and is not polled; change its Url or run `feedhub sources revive {SourceId}`")]
    private partial void LogGone(string sourceId, DateTimeOffset since, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Scheduled} sources scheduled ({Gone} gone)")]
    private partial void LogAllScheduled(int scheduled, int gone);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceId} first poll at {Due:u}")]
    private partial void LogScheduled(string sourceId, DateTimeOffset due);
}
