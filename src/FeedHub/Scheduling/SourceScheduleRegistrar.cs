using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using Quartz;

namespace FeedHub.Scheduling;

/// <summary>
/// At start-up, gives each source without a trigger a poll job whose first trigger is the due time stored by the last
/// run. A source that has one keeps it: on PostgreSQL the schedule is shared, and a node that joins must not move
/// the triggers the others are firing. Jobs of sources no longer configured are removed.
/// </summary>
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
        var triggered = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group), cancellationToken).ConfigureAwait(false)).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var removed = await RemoveUnconfiguredAsync(scheduler, cancellationToken).ConfigureAwait(false);
        var (scheduled, kept) = (0, 0);
        foreach (var source in catalog.Sources)
        {
            if (triggered.Contains(TriggerNameOf(source.Id)))
            {
                kept++;
                continue;
            }

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
            var trigger = TriggerBuilder.Create().WithIdentity(TriggerNameOf(source.Id), Group).ForJob(job).StartAt(due).Build();
            if (await ClaimAsync(scheduler, job, trigger, cancellationToken).ConfigureAwait(false))
            {
                LogScheduled(source.Id, due);
                scheduled++;
            }
            else
            {
                kept++;
            }
        }

        LogAllScheduled(scheduled, kept, catalog.Sources.Count - scheduled - kept, removed);
    }

    /// <summary>
    /// Stores the job (replacing it is harmless: its data is the source's id) and inserts its trigger, which fails when
    /// the trigger exists. Two nodes starting together both find no trigger; the store's key then lets exactly one
    /// insert it. Replacing it instead moved a trigger the other node had already fired back to "now": a double poll.
    /// </summary>
    private static async Task<bool> ClaimAsync(IScheduler scheduler, IJobDetail job, ITrigger trigger, CancellationToken cancellationToken)
    {
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        try
        {
            await scheduler.ScheduleJob(trigger, default(ScheduleJobOptions), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task<int> RemoveUnconfiguredAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var configured = catalog.Sources.Select(s => JobKeyOf(s.Id)).ToHashSet();
        var stale = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken).ConfigureAwait(false)).Where(k => !configured.Contains(k)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.DeleteJobs(stale, cancellationToken).ConfigureAwait(false);
        }

        return stale.Count;
    }

    private const string Group = "sources";

    private static string TriggerNameOf(string sourceId) => "poll-" + sourceId;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static JobKey JobKeyOf(string sourceId) => new("source-" + sourceId, Group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} is gone since {Since:u} (HTTP 410 at {Url}) and is not polled; change its Url or run `feedhub sources revive {SourceId}`")]
    private partial void LogGone(string sourceId, DateTimeOffset since, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Scheduled} sources scheduled, {Kept} already scheduled, {Gone} gone; {Removed} no longer configured removed")]
    private partial void LogAllScheduled(int scheduled, int kept, int gone, int removed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceId} first poll at {Due:u}")]
    private partial void LogScheduled(string sourceId, DateTimeOffset due);
}
