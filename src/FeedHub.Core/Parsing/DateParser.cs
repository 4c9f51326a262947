using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Reads the dates feeds really carry: RFC 822 in its many loose forms and W3CDTF/ISO 8601, partial dates included.
/// Hand-written because DateTimeOffset.TryParse knows neither named zones (EST, PDT), military zones, two-digit
/// years, nor a missing zone; it returns null rather than throwing so that a bad date never loses an item.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Zone abbreviations feeds use, as minutes east of UTC. IST is read as Irish Summer Time, as before.</summary>
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5 * 60, ["EDT"] = -4 * 60, ["CST"] = -6 * 60, ["CDT"] = -5 * 60,
        ["MST"] = -7 * 60, ["MDT"] = -6 * 60, ["PST"] = -8 * 60, ["PDT"] = -7 * 60,
        ["AST"] = -4 * 60, ["ADT"] = -3 * 60, ["HST"] = -10 * 60, ["AKST"] = -9 * 60, ["AKDT"] = -8 * 60,
        ["NST"] = -(3 * 60 + 30), ["NDT"] = -(2 * 60 + 30),
        ["CET"] = 60, ["CEST"] = 2 * 60, ["BST"] = 60, ["IST"] = 60, ["WEST"] = 60, ["EET"] = 2 * 60, ["EEST"] = 3 * 60,
        ["MSK"] = 3 * 60, ["SAST"] = 2 * 60, ["JST"] = 9 * 60, ["KST"] = 9 * 60, ["HKT"] = 8 * 60, ["SGT"] = 8 * 60,
        ["AWST"] = 8 * 60, ["ACST"] = 9 * 60 + 30, ["ACDT"] = 10 * 60 + 30, ["AEST"] = 10 * 60, ["AEDT"] = 11 * 60,
        ["NZST"] = 12 * 60, ["NZDT"] = 13 * 60,
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        return ParseCommonForms(text) ?? ParseIso8601(text) ?? ParseRfc822(text) ?? ParseOtherForms(text) ?? ParseFallback(text);
    }

    [GeneratedRegex(@"^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[a-z]{2,5})?)?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601();

    private static DateTimeOffset? ParseIso8601(string text)
    {
        var m = Iso8601().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = Int(m.Groups[1]);
        var month = m.Groups[2].Success ? Int(m.Groups[2]) : 1;
        var day = m.Groups[3].Success ? Int(m.Groups[3]) : 1;
        var hour = m.Groups[4].Success ? Int(m.Groups[4]) : 0;
        var minute = m.Groups[5].Success ? Int(m.Groups[5]) : 0;
        var second = m.Groups[6].Success ? Int(m.Groups[6]) : 0;
        var fraction = m.Groups[7].Success ? double.Parse("0." + m.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
        var offset = m.Groups[8].Success ? ParseZone(m.Groups[8].Value) : TimeSpan.Zero;
        return Build(year, month, day, hour, minute, second, offset ?? TimeSpan.Zero)?.AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
    }

    [GeneratedRegex(@"^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([a-z]{1,5}|[+-]\d{2}(?::?\d{2})?)?\s*(?:\(.*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var m = Rfc822().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var month = MonthNumber(m.Groups[2].Value);
        if (month == 0)
        {
            return null;
        }

        var year = ExpandYear(Int(m.Groups[3]), m.Groups[3].Length);
        var hour = m.Groups[4].Success ? Int(m.Groups[4]) : 0;
        var minute = m.Groups[5].Success ? Int(m.Groups[5]) : 0;
        var second = m.Groups[6].Success ? Int(m.Groups[6]) : 0;
        var offset = m.Groups[7].Success ? ParseZone(m.Groups[7].Value) : TimeSpan.Zero;
        return Build(year, month, Int(m.Groups[1]), hour, minute, second, offset ?? TimeSpan.Zero);
    }

    private static DateTimeOffset? ParseFallback(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var result)
            ? result.ToUniversalTime()
            : null;

    /// <summary>Reads a zone: Z, a named zone, a military letter, or a numeric offset (+hh, +hhmm, +hh:mm).</summary>
    internal static TimeSpan? ParseZone(string zone)
    {
        if (NamedZones.TryGetValue(zone, out var minutes))
        {
            return TimeSpan.FromMinutes(minutes);
        }

        if (zone.Length == 1 && char.IsAsciiLetter(zone[0]))
        {
            return MilitaryZone(char.ToUpperInvariant(zone[0]));
        }

        var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (3 or 5) || digits[0] is not ('+' or '-') || !digits[1..].All(char.IsAsciiDigit))
        {
            return null;
        }

        var sign = digits[0] == '-' ? -1 : 1;
        var h = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var min = digits.Length == 5 ? int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture) : 0;
        return h > 23 || min > 59 ? null : sign * new TimeSpan(h, min, 0);
    }

    private static TimeSpan MilitaryZone(char letter) => letter switch
    {
        'Z' => TimeSpan.Zero,
        >= 'A' and <= 'I' => TimeSpan.FromHours(-(letter - 'A' + 1)),
        >= 'K' and <= 'M' => TimeSpan.FromHours(-(letter - 'K' + 10)),
        >= 'N' and <= 'Y' => TimeSpan.FromHours(letter - 'N' + 1),
        _ => TimeSpan.Zero,
    };

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < Months.Length; i++)
        {
            if (name[..3].Equals(Months[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int ExpandYear(int year, int digits) => digits switch
    {
        2 => year < 50 ? 2000 + year : 1900 + year,
        3 => 1900 + year,
        _ => year,
    };

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 24 || minute > 59 || second > 60)
        {
            return null;
        }

        // 24:00 and leap seconds are rolled forward rather than rejected.
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(second);
        try
        {
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);
}
