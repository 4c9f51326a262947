using FeedHub.Core.Model;

namespace FeedHub.Core.Pipeline.Polling;

/// <summary>
/// Decides when a source is due again: its interval with up to ±10% jitter (so sources do not poll in lock-step),
/// never sooner than the server asked (max-age, Retry-After), and doubling after each consecutive failure up to a day.
/// </summary>
public sealed class PollPlanner(TimeProvider time, Random random)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    public DateTimeOffset NextDue(SourceDefinition source, int consecutiveFailures, TimeSpan? serverDelay)
    {
        ArgumentNullException.ThrowIfNull(source);
        var interval = source.Interval;
        if (consecutiveFailures > 0)
        {
            var factor = Math.Pow(2, Math.Min(consecutiveFailures, 10));
            interval = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, MaxBackoff.Ticks));
        }

        var jitter = interval * ((random.NextDouble() * 0.2) - 0.1);
        var delay = interval + jitter;
        if (serverDelay is { } asked && asked > delay)
        {
            delay = asked < MaxBackoff ? asked : MaxBackoff;
        }

        return time.GetUtcNow() + delay;
    }

    /// <summary>The first poll after start-up: the stored due time, or a small random delay for a source never polled.</summary>
    public DateTimeOffset FirstDue(SourceState? state)
    {
        var now = time.GetUtcNow();
        var due = state?.NextDue;
        if (due is { } stored && stored > now)
        {
            return stored;
        }

        return now + TimeSpan.FromMilliseconds(random.Next(0, 2000));
    }
}
