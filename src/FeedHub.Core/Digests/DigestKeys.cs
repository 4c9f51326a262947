using System.Globalization;
using FeedHub.Core.Model;

namespace FeedHub.Core.Digests;

/// <summary>
/// The page address of a schedule's digests, from the end of each one's window in the schedule's time zone: the
/// date (2026-12-07) when the schedule cuts at most one digest a day, else the date and time (2026-12-07T0705, with
/// seconds when it fires off the minute). Decided once from the schedule's cron, so all its digests agree.
/// </summary>
public sealed class DigestKeys
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>How many fire times are looked at to decide; every cron fires more than once a day within this many, or never does within two years.</summary>
    private const int Probes = 800;

    private static readonly DateTimeOffset Anchor = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DigestKeys(TimeZoneInfo zone, string format)
    {
        TimeZone = zone;
        Format = format;
    }

    /// <summary>The schedule's time zone, in which keys, titles and windows are written.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The key's format: <see cref="DateFormat"/>, or the date and time.</summary>
    public string Format { get; }

    /// <summary>Whether the schedule cuts more than one digest on some day, so that a key carries the time too.</summary>
    public bool ManyPerDay => Format != DateFormat;

    public static DigestKeys For(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var cron = schedule.Expression();
        var manyPerDay = false;
        var seconds = false;
        DateOnly? previous = null;
        var probe = cron.GetNextValidTimeAfter(Anchor);
        for (var i = 0; i < Probes && probe is { } fire && fire < Anchor.AddYears(2); i++, probe = cron.GetNextValidTimeAfter(fire))
        {
            var local = TimeZoneInfo.ConvertTime(fire, schedule.TimeZone);
            var day = DateOnly.FromDateTime(local.DateTime);
            manyPerDay |= day == previous;
            seconds |= local.Second != 0;
            previous = day;
        }

        return new DigestKeys(schedule.TimeZone, !manyPerDay ? DateFormat : seconds ? "yyyy-MM-dd'T'HHmmss" : "yyyy-MM-dd'T'HHmm");
    }

    /// <summary>The digest's key: the end of its window, in the schedule's zone, in <see cref="Format"/>.</summary>
    public string KeyOf(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return TimeZoneInfo.ConvertTime(digest.End, TimeZone).ToString(Format, CultureInfo.InvariantCulture);
    }

    /// <summary>The date of a digest's window end in the schedule's zone (yyyy-MM-dd), whatever the key's form.</summary>
    public string DateOf(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return TimeZoneInfo.ConvertTime(digest.End, TimeZone).ToString(DateFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>How a reader sees the digest's name: "7 December 2026", or "7 December 2026 07:05" when the schedule cuts more than one a day.</summary>
    public string Label(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var format = !ManyPerDay ? "d MMMM yyyy" : Format.EndsWith("ss", StringComparison.Ordinal) ? "d MMMM yyyy HH:mm:ss" : "d MMMM yyyy HH:mm";
        return TimeZoneInfo.ConvertTime(digest.End, TimeZone).ToString(format, CultureInfo.InvariantCulture);
    }
}
