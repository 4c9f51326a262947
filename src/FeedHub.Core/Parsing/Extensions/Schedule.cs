using System.Globalization;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Rss;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Extensions;

/// <summary>
/// A feed's own word on how often to fetch it: RSS 2.0 ttl (minutes), skipHours and skipDays, and the RSS 1.0
/// Syndication module's updatePeriod and updateFrequency (which Atom feeds carry too). A value that cannot be read is
/// ignored, as every reader does: a feed is never refused for its schedule.
/// </summary>
internal static class Schedule
{
    public const string Sy = "http://purl.org/rss/1.0/modules/syndication/";

    /// <summary>The longest interval a feed may ask for and be believed: a year ("ttl 99999999" is not a schedule).</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    public static PublishingSchedule Read(FeedElement channel)
    {
        var schedule = new PublishingSchedule
        {
            Ttl = Minutes(RssAdapter.Text(channel, "ttl")),
            UpdatePeriod = Syndication(channel),
            SkipHours = [.. Values(channel, "skipHours", "hour").Select(Hour).OfType<int>().Distinct().Order()],
            SkipDays = [.. Values(channel, "skipDays", "day").Select(Day).OfType<DayOfWeek>().Distinct().Order()],
        };
        return schedule.IsEmpty ? PublishingSchedule.None : schedule;
    }

    private static TimeSpan? Minutes(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? Min(TimeSpan.FromMinutes(minutes))
            : null;

    private static TimeSpan? Syndication(FeedElement channel)
    {
        var period = channel.ChildText(Sy, "updatePeriod")?.ToLowerInvariant();
        var frequencyText = channel.ChildText(Sy, "updateFrequency");
        if (period is null && frequencyText is null)
        {
            return null;
        }

        TimeSpan? length = (period ?? "daily") switch
        {
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            "weekly" => TimeSpan.FromDays(7),
            "monthly" => TimeSpan.FromDays(30),
            "yearly" => TimeSpan.FromDays(365),
            _ => null,
        };
        var frequency = frequencyText is null ? 1 : int.TryParse(frequencyText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 0;
        return length is { } each && frequency > 0 ? Min(each / frequency) : null;
    }

    private static TimeSpan Min(TimeSpan interval) => interval < Longest ? interval : Longest;

    private static IEnumerable<string> Values(FeedElement channel, string listName, string valueName) =>
        channel.Elements().Where(e => RssAdapter.IsRss(e, listName))
            .SelectMany(list => list.Elements().Where(e => RssAdapter.IsRss(e, valueName)))
            .Select(e => XmlReading.Clean(e.Value)).OfType<string>();

    /// <summary>An hour 0-23; 24, which some feeds write for midnight, is 0.</summary>
    private static int? Hour(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 24 ? hour % 24 : null;

    private static DayOfWeek? Day(string text) =>
        Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !char.IsDigit(text[0]) ? day : null;
}
