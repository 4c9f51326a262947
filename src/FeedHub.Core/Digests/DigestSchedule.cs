using Quartz;

namespace FeedHub.Core.Digests;

/// <summary>
/// When a feed's digests are cut: a Quartz cron expression in a time zone (for example "0 0 7 * * ?" in
/// Europe/Berlin, daily at 07:00) and the window each digest covers, ending at the fire time (say the last 24 h).
/// </summary>
public sealed record DigestSchedule(string Cron, TimeZoneInfo TimeZone, TimeSpan Window)
{
    public CronExpression Expression() => new(Cron, TimeZone);

    /// <summary>The window of the latest digest due at or before <paramref name="at"/>; null when none is due yet.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? WindowAt(DateTimeOffset at) =>
        FiresUntil(at, 1) is [var end] ? (end - Window, end) : null;

    /// <summary>
    /// The last <paramref name="count"/> fire times at or before <paramref name="at"/>, oldest first. Quartz only
    /// steps forward, so the search starts far enough back for <paramref name="count"/> windows and a weekly gap.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> FiresUntil(DateTimeOffset at, int count)
    {
        var cron = Expression();
        var fires = new List<DateTimeOffset>();
        var probe = cron.GetNextValidTimeAfter(at - (Window * (count + 1)) - TimeSpan.FromDays(8));
        while (probe is { } fire && fire <= at)
        {
            fires.Add(fire);
            probe = cron.GetNextValidTimeAfter(fire);
        }

        return fires.Count > count ? fires[^count..] : fires;
    }
}
