namespace FeedHub.Configuration;

/// <summary>
/// FeedHub:Scheduler: how the nodes of a PostgreSQL cluster share the schedule (Quartz's clustered job store). Without
/// PostgreSQL there is one node and these do nothing.
/// </summary>
public sealed class SchedulerOptions
{
    /// <summary>How often each node checks in; a node silent for this plus <see cref="CheckinMisfireThreshold"/> is taken for dead and its polls are taken over.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a node's check-in may be before the others recover its work.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a trigger may fire before it counts as misfired (a missed digest cut is then replayed).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>This node's name in the cluster; by default the host name and a unique suffix (Quartz's AUTO).</summary>
    public string? InstanceId { get; set; }
}
