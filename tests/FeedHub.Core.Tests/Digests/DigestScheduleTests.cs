using FeedHub.Core.Digests;
using FeedHub.Core.Model;

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

    [Fact]
    public void The_latest_fires_are_found_whatever_the_window_and_the_cron_period()
    {
        var at = new DateTimeOffset(2026, 11, 27, 12, 0, 1, TimeSpan.Zero);
        var everyTwoSeconds = new DigestSchedule("0/2 * * * * ?", TimeZoneInfo.Utc, TimeSpan.FromDays(3650));
        var weekly = new DigestSchedule("0 0 7 ? * MON", Berlin, TimeSpan.FromDays(7));

        var fast = everyTwoSeconds.FiresUntil(at, 14);
        var slow = weekly.FiresUntil(at, 14);

        Assert.Equal(Enumerable.Range(0, 14).Select(i => at.AddSeconds(-1 - (2 * (13 - i)))), fast);
        Assert.Equal(14, slow.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), slow[^1]);
        Assert.Equal(new DateTimeOffset(2026, 8, 24, 5, 0, 0, TimeSpan.Zero), slow[0]); // 13 weeks earlier, in summer time
        Assert.Empty(new DigestSchedule("0 0 7 1 1 ? 2031", TimeZoneInfo.Utc, TimeSpan.FromDays(1)).FiresUntil(at, 14));
    }

    [Theory]
    [InlineData("0 0 7 * * ?", "2026-12-07")] // daily: the date, as daily pages always had
    [InlineData("0 0 7 ? * MON", "2026-12-07")]
    [InlineData("0 0 7,19 * * ?", "2026-12-07T0705")] // twice a day: the date and time
    [InlineData("0 0/5 * * * ?", "2026-12-07T0705")]
    [InlineData("0/2 * * * * ?", "2026-12-07T070500")] // off the minute: the seconds too
    public void A_digest_key_carries_the_time_when_the_schedule_cuts_more_than_one_a_day(string cron, string key)
    {
        var keys = DigestKeys.For(new DigestSchedule(cron, Berlin, TimeSpan.FromDays(1)));
        var end = new DateTimeOffset(2026, 12, 7, 6, 5, 0, TimeSpan.Zero); // 07:05 in Berlin

        var digest = new Digest("f", "F", "urn:uuid:0", end.AddDays(-1), end, []);

        Assert.Equal(key, keys.KeyOf(digest));
        Assert.Equal("2026-12-07", keys.DateOf(digest));
        Assert.Equal(key.Length > 10, keys.ManyPerDay);
    }
}
