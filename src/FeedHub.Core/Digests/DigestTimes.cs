using System.Globalization;
using FeedHub.Core.Model;

namespace FeedHub.Core.Digests;

/// <summary>Times as digest pages show them: in the schedule's own time zone, named by its id ("Europe/Berlin").</summary>
public static class DigestTimes
{
    /// <summary>"6 Dec 2026 07:00 – 7 Dec 2026 07:00 Europe/Berlin".</summary>
    public static string Window(Digest digest, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(zone);
        return $"{Moment(digest.Start, zone)} – {Moment(digest.End, zone)} {zone.Id}";
    }

    /// <summary>"7 Dec 2026 07:00", in <paramref name="zone"/>.</summary>
    public static string Moment(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// When the schedule next cuts a digest after <paramref name="now"/>: "on Monday 14 December 2026 at 07:00
    /// Europe/Berlin"; null when it never fires again.
    /// </summary>
    public static string? NextCut(DigestSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.NextFireAfter(now) is { } next
            ? $"on {TimeZoneInfo.ConvertTime(next, schedule.TimeZone).ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} {schedule.TimeZone.Id}"
            : null;
    }
}
