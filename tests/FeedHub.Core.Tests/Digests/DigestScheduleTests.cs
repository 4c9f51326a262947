using FeedHub.Core.Digests;

namespace FeedHub.Core.Tests.Digests;

public class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void A_daily_digest_at_seven_in_berlin_covers_the_24_hours_before_it()
    {
        var schedule = new DigestSchedule("0 0 7 * * ?", Berlin, TimeSpan.FromDays(1));

        var window = schedule.WindowAt(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero), window!.Value.End); // 07:00 CET
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero), window.Value.Start);
    }

    [Fact]
    public void Summer_time_moves_the_utc_fire_time_and_a_weekly_digest_waits_for_its_day()
    {
        var daily = new DigestSchedule("0 0 7 * * ?", Berlin, TimeSpan.FromDays(1));
        var weekly = new DigestSchedule("0 0 7 ? * MON", Berlin, TimeSpan.FromDays(7));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.Zero), daily.WindowAt(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero))!.Value.End); // 07:00 CEST
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), weekly.WindowAt(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero))!.Value.End);
    }
}
