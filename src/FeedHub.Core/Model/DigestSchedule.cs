using Quartz;

namespace FeedHub.Core.Model;

/// <summary>
/// When a feed's digests are cut: a Quartz cron expression in a time zone (for example "0 0 7 * * ?" in
/// Europe/Berlin, daily at 07:00) and the window each digest covers, ending at the fire time (say the last 24 h).
/// </summary>
public sealed record DigestSchedule(string Cron, TimeZoneInfo TimeZone, TimeSpan Window)
{
    /// <summary>Whether the digest's stories are sectioned by source or by tag.</summary>
    public DigestGrouping GroupBy { get; init; }

    public CronExpression Expression() => new(Cron, TimeZone);

    /// <summary>The window of the latest digest due at or before <paramref name="at"/>; null when none is due yet.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? WindowAt(DateTimeOffset at) =>
        FiresUntil(at, 1) is [var end] ? (end - Window, end) : null;

    /// <summary>
    /// The last <paramref name="count"/> fire times at or before <paramref name="at"/>, oldest first. Quartz only
    /// steps forward, so the search looks back over a span that doubles until it holds enough fires (a minute for a
    /// cron firing every few seconds, months for a weekly one); the work stays proportional to the fires returned,
    /// whatever the window.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> FiresUntil(DateTimeOffset at, int count)
    {
        var cron = Expression();
        for (var span = TimeSpan.FromMinutes(1); ; span *= 2)
        {
            var fires = new List<DateTimeOffset>();
            var probe = cron.GetNextValidTimeAfter(at - span);
            while (probe is { } fire && fire <= at)
            {
                fires.Add(fire);
                probe = cron.GetNextValidTimeAfter(fire);
            }

            if (fires.Count >= count || span > MaxLookBack)
            {
                return fires.Count > count ? fires[^count..] : fires;
            }
        }
    }

    private static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(366 * 20);

    /// <summary>The first fire time after <paramref name="after"/>; null when the schedule never fires again.</summary>
    public DateTimeOffset? NextFireAfter(DateTimeOffset after) => Expression().GetNextValidTimeAfter(after);
}
