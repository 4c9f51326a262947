using FeedHub.Core.Model;

namespace FeedHub.Core.Pipeline.Polling;

/// <summary>The bounds of every source's polling: the shortest interval allowed, and the longest any hint may stretch one to.</summary>
public sealed record PollingLimits
{
    public static readonly PollingLimits Defaults = new();

    /// <summary>The shortest interval: no source, adaptive or configured, is polled more often.</summary>
    public TimeSpan MinimumInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The cap on what a feed or server may ask for (ttl, sy:updatePeriod, max-age, Expires) and on an adaptive interval.</summary>
    public TimeSpan MaximumInterval { get; init; } = TimeSpan.FromHours(24);
}

/// <summary>What one poll learned that bears on when to poll again.</summary>
/// <param name="ConsecutiveFailures">Failed polls in a row, this one included (0 after a success).</param>
/// <param name="Freshness">How long the server said its response stays fresh (Cache-Control max-age, Expires).</param>
/// <param name="Schedule">What the feed says about its own schedule (ttl, sy:updatePeriod, skipHours, skipDays).</param>
/// <param name="RetryAfter">How long a 429 or 503 asked us to wait.</param>
/// <param name="EntriesLastWeek">How many entries the source published in the last seven days (for adaptive polling).</param>
public sealed record PollHints(
    int ConsecutiveFailures = 0,
    TimeSpan? Freshness = null,
    PublishingSchedule? Schedule = null,
    TimeSpan? RetryAfter = null,
    int? EntriesLastWeek = null);

/// <summary>
/// Decides when a source is due again (<see cref="NextDue"/>), as Miniflux does:
/// <list type="bullet">
/// <item>A server that said when to come back (Retry-After on a 429 or 503) is believed, up to a day.</item>
/// <item>After a failure, the interval doubles with each one in a row, up to a day.</item>
/// <item>Otherwise the interval (the configured one, or for an adaptive source seven days divided by the entries of
/// the last seven days, within the limits), stretched to the longest of what the feed and server ask for (ttl,
/// sy:updatePeriod, max-age, Expires) but never past <see cref="PollingLimits.MaximumInterval"/>.</item>
/// <item>Up to ±10% jitter so sources do not poll in lock-step; then out of the feed's skipHours and skipDays.</item>
/// </list>
/// </summary>
public sealed class PollPlanner(TimeProvider time, Random random, PollingLimits limits)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public DateTimeOffset NextDue(SourceDefinition source, PollHints hints)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(hints);
        var schedule = hints.Schedule ?? PublishingSchedule.None;
        var now = time.GetUtcNow();
        if (hints.RetryAfter is { } asked)
        {
            return OutOfSkips(now + Clamp(asked, TimeSpan.FromMinutes(1), MaxBackoff), schedule);
        }

        var interval = source.Adaptive ? AdaptiveInterval(hints.EntriesLastWeek) : source.Interval;
        if (hints.ConsecutiveFailures > 0)
        {
            var factor = Math.Pow(2, Math.Min(hints.ConsecutiveFailures, 10));
            interval = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, MaxBackoff.Ticks));
        }

        var delay = interval + (interval * ((random.NextDouble() * 0.2) - 0.1));
        if (hints.ConsecutiveFailures == 0 && Longest(hints.Freshness, schedule.Interval) is { } hinted)
        {
            var cap = limits.MaximumInterval > source.Interval ? limits.MaximumInterval : source.Interval;
            delay = hinted > delay ? (hinted < cap ? hinted : cap) : delay;
        }

        return OutOfSkips(now + delay, schedule);
    }

    /// <summary>Miniflux's entry-frequency rule: a week over the entries of the last week, within the limits; the longest when there were none.</summary>
    public TimeSpan AdaptiveInterval(int? entriesLastWeek) =>
        entriesLastWeek is > 0 and var count ? Clamp(Week / count, limits.MinimumInterval, limits.MaximumInterval) : limits.MaximumInterval;

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

    /// <summary>The due time, moved to the start of the first hour that is in neither skipHours nor skipDays (UTC); unchanged when every hour is skipped.</summary>
    private static DateTimeOffset OutOfSkips(DateTimeOffset due, PublishingSchedule schedule)
    {
        if (schedule.SkipHours.Count == 0 && schedule.SkipDays.Count == 0)
        {
            return due;
        }

        var candidate = due.ToUniversalTime();
        for (var step = 0; step <= 24 * 7; step++)
        {
            if (!schedule.SkipHours.Contains(candidate.Hour) && !schedule.SkipDays.Contains(candidate.DayOfWeek))
            {
                return candidate;
            }

            candidate = new DateTimeOffset(candidate.Year, candidate.Month, candidate.Day, candidate.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        }

        return due;
    }

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) => a > b || b is null ? a : b;

    private static TimeSpan Clamp(TimeSpan value, TimeSpan low, TimeSpan high) => value < low ? low : value > high ? high : value;
}
