using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>What a feed says about how often to fetch it: RSS ttl, skipHours and skipDays, the Syndication module's period and frequency.</summary>
public class ScheduleTests
{
    private static PublishingSchedule Read(string channel, string root = "rss") => new FeedParser().Parse(Encoding.UTF8.GetBytes(root == "rss"
        ? $"<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel><title>T</title>{channel}</channel></rss>"
        : $"<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><title>T</title>{channel}</feed>")).Schedule;

    [Fact]
    public void Ttl_is_minutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(90), Read("<ttl>90</ttl>").Ttl);
        Assert.Equal(TimeSpan.FromDays(365), Read("<ttl>99999999</ttl>").Ttl);
        Assert.Same(PublishingSchedule.None, Read("<ttl>soon</ttl><ttl>-5</ttl>"));
    }

    [Theory]
    [InlineData("<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>", 30)]
    [InlineData("<sy:updatePeriod>Daily</sy:updatePeriod>", 24 * 60)]
    [InlineData("<sy:updateFrequency>4</sy:updateFrequency>", 6 * 60)]
    [InlineData("<sy:updatePeriod>weekly</sy:updatePeriod><sy:updateFrequency>7</sy:updateFrequency>", 24 * 60)]
    public void The_syndication_period_is_divided_by_its_frequency(string elements, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Read(elements).UpdatePeriod);
        Assert.Equal(TimeSpan.FromMinutes(minutes), Read(elements, root: "atom").UpdatePeriod);
    }

    [Fact]
    public void A_period_or_frequency_that_cannot_be_read_is_ignored()
    {
        Assert.Null(Read("<sy:updatePeriod>fortnightly</sy:updatePeriod>").UpdatePeriod);
        Assert.Null(Read("<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>0</sy:updateFrequency>").UpdatePeriod);
    }

    [Fact]
    public void Skip_hours_and_days_are_read_with_24_as_midnight_and_nonsense_dropped()
    {
        var schedule = Read("<skipHours><hour>24</hour><hour>1</hour><hour>1</hour><hour>25</hour><hour>x</hour></skipHours>"
            + "<skipDays><day>Sunday</day><day>saturday</day><day>Caturday</day><day>3</day></skipDays>");

        Assert.Equal([0, 1], schedule.SkipHours);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], schedule.SkipDays);
    }

    [Fact]
    public void The_interval_asked_for_is_the_longer_of_ttl_and_period()
    {
        Assert.Equal(TimeSpan.FromHours(2), Read("<ttl>120</ttl><sy:updatePeriod>hourly</sy:updatePeriod>").Interval);
        Assert.Equal(TimeSpan.FromDays(1), Read("<ttl>120</ttl><sy:updatePeriod>daily</sy:updatePeriod>").Interval);
        Assert.Null(Read("").Interval);
    }
}
