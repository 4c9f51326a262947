using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Reads the dates feeds really carry: RFC 822 in its many loose forms (and its cousins RFC 850, asctime and
/// JavaScript's Date.toString), ISO 8601 in its calendar, ordinal, week, basic and reduced forms, and a few localized
/// forms. Hand-written because DateTimeOffset.TryParse knows neither named zones (EST, MEST, Etc/GMT+5), military
/// zones, week or ordinal dates, two-digit years, nor a missing zone; it returns null rather than throwing so that a
/// bad date never loses an item. A date may be read in any feed format's elements: RSS feeds write W3C-DTF and Atom
/// feeds write RFC 822 often enough that the form is recognised from the text, never from the element.
/// </summary>
public static partial class DateParser
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (ParseCommonForms(text) is { } common)
        {
            return common;
        }

        text = CollapseSpace(text);
        return ParseIso8601(text) ?? ParseRfc822(text) ?? ParseOtherForms(text) ?? ParseFallback(text);
    }

    /// <summary>Every run of white space (tabs and line breaks from pretty-printed XML among them) as one space.</summary>
    private static string CollapseSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return WhiteSpace().Replace(text, " ");
            }
        }

        return text;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    /// <summary>
    /// ISO 8601 and its W3C-DTF profile: calendar (2003-12-01, 20031201, 2003-12), ordinal (2003-335, 2003335), week
    /// (2003-W49-1, 2003W491, 2003-W49) and year-only dates, each with an optional time (hh, hh:mm, hh:mm:ss, basic
    /// hhmmss, a fraction after . or ,) and zone; a lone two-digit number is a century.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<y>\d{4})-?(?<mo>\d{2})-?(?<d>\d{2})|(?<y>\d{4})-?W(?<w>\d{2})(?:-?(?<wd>\d))?|(?<y>\d{4})-?(?<o>\d{3})|(?<y>\d{4})-?(?<mo>\d{2})|(?<y>\d{4}))(?:[T ](?<h>\d{2})(?::?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d+))?)?)?)? ?(?<z>[^\s(]+)? ?(?:\(.*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Iso8601();

    private static DateTimeOffset? ParseIso8601(string text)
    {
        if (text.Length == 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]))
        {
            return Build(Digits(text) * 100, 1, 1, 0, 0, 0, Zone.Utc); // "20": the century's first year (ISO 8601's reduced precision); "00" is no date
        }

        var m = Iso8601().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var zone = m.Groups["z"].Success ? ParseZone(m.Groups["z"].Value) ?? UnknownNamed(m.Groups["z"].Value) : Zone.Utc;
        var (ok, year, month, day) = DateOf(m);
        if (zone is null || !ok)
        {
            return null;
        }

        var hour = m.Groups["h"].Success ? Int(m.Groups["h"]) : 0;
        var minute = m.Groups["mi"].Success ? Int(m.Groups["mi"]) : 0;
        var second = m.Groups["s"].Success ? Int(m.Groups["s"]) : 0;
        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        return Build(year, month, day, hour, minute, second, zone.Value)?.AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
    }

    /// <summary>The calendar date an ISO 8601 match names, whichever of its date forms it is in.</summary>
    private static (bool Ok, int Year, int Month, int Day) DateOf(Match m)
    {
        var year = Int(m.Groups["y"]);
        if (year < 1)
        {
            return default;
        }

        if (m.Groups["w"].Success)
        {
            var (week, weekday) = (Int(m.Groups["w"]), m.Groups["wd"].Success ? Int(m.Groups["wd"]) : 1);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year) || weekday is < 1 or > 7 || (year == 9999 && week > 51))
            {
                return default;
            }

            var date = ISOWeek.ToDateTime(year, week, (DayOfWeek)(weekday % 7));
            return (true, date.Year, date.Month, date.Day);
        }

        if (m.Groups["o"].Success)
        {
            var ordinal = Int(m.Groups["o"]);
            if (ordinal < 1 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365))
            {
                return default;
            }

            var date = new DateTime(year, 1, 1).AddDays(ordinal - 1);
            return (true, date.Year, date.Month, date.Day);
        }

        return (true, year, m.Groups["mo"].Success ? Int(m.Groups["mo"]) : 1, m.Groups["d"].Success ? Int(m.Groups["d"]) : 1);
    }

    private static DateTimeOffset? ParseFallback(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var result)
            ? result.ToUniversalTime()
            : null;

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) =>
        Build(year, month, day, hour, minute, second, Zone.Fixed(offset));

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, Zone zone)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 24 || minute > 59 || second > 60)
        {
            return null;
        }

        // 24:00 and leap seconds are rolled forward rather than rejected.
        try
        {
            var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).AddHours(hour).AddMinutes(minute).AddSeconds(second);
            return new DateTimeOffset(local, zone.OffsetAt(local)).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);
}
