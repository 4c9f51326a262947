using System.Text.RegularExpressions;

namespace FeedHub.Core.Parsing;

/// <summary>
/// RFC 822 and the forms that are written like it, read word by word rather than by one pattern: an optional day
/// name; day and month in either order ("01 Dec", "Dec 01", "December 1,"), also joined by dashes (RFC 850's
/// "01-Dec-03"); a two- or four-digit year; a time with an optional AM/PM; a zone; and, for asctime
/// ("Sun Jul 15 01:16:00 +0000 2012") and JavaScript's Date.toString, the year after the time and a comment in
/// parentheses. Commas and runs of spaces are ignored. Anything else left over makes it no date, not a guess.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var words = Words(text);
        var i = 0;
        if (i < words.Count && NameIndex(words[i], DayNames) >= 0)
        {
            i++;
        }

        if (words.Count - i < 3)
        {
            return null;
        }

        int day, month;
        if (DayNumber(words[i]) is > 0 and var d && MonthOf(words[i + 1]) is > 0 and var mo)
        {
            (day, month) = (d, mo);
        }
        else if (MonthOf(words[i]) is > 0 and var mo2 && DayNumber(words[i + 1]) is > 0 and var d2)
        {
            (day, month) = (d2, mo2);
        }
        else
        {
            return null;
        }

        i += 2;
        int? year = null;
        if (words[i].Length is >= 2 and <= 4 && words[i].All(char.IsAsciiDigit))
        {
            year = ExpandYear(Digits(words[i]), words[i].Length);
            i++;
        }

        var (hour, minute, second) = (0, 0, 0);
        if (i < words.Count && ClockTime().Match(words[i]) is { Success: true } clock)
        {
            (hour, minute, second) = (Int(clock.Groups[1]), Int(clock.Groups[2]), clock.Groups[3].Success ? Int(clock.Groups[3]) : 0);
            words[i] = clock.Groups[4].Value; // "10:14:55GMT": the zone written against the time
            if (words[i].Length == 0)
            {
                i++;
            }

            if (i < words.Count && Meridiem(words[i]) is { } pm)
            {
                if (hour is < 1 or > 12)
                {
                    return null;
                }

                hour = (hour % 12) + (pm ? 12 : 0);
                i++;
            }
        }

        var zone = Zone.Utc;
        if (i < words.Count && !(year is null && IsFourDigitYear(words[i])) && !words[i].StartsWith('('))
        {
            if ((ParseZone(words[i]) ?? UnknownNamed(words[i])) is not { } read)
            {
                return null;
            }

            zone = read;
            i++;
            if (i < words.Count && words[i].All(char.IsAsciiLetter) && ParseZone(words[i]) is not null)
            {
                i++; // "+0100 CET": the offset says it, the name repeats it
            }
        }

        if (year is null)
        {
            if (i >= words.Count || !IsFourDigitYear(words[i]))
            {
                return null;
            }

            year = Digits(words[i]);
            i++;
        }

        return i == words.Count || (words[i].StartsWith('(') && words[^1].EndsWith(')'))
            ? Build(year.Value, month, day, hour, minute, second, zone)
            : null;
    }

    /// <summary>The words of a date, commas dropped, with a dash-joined date ("01-Dec-2003") split in three.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>(8);
        foreach (var word in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 4 && char.IsAsciiDigit(word[0]) && word.Contains('-', StringComparison.Ordinal) && word.Any(char.IsAsciiLetter))
            {
                words.AddRange(word.Split('-', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static bool IsFourDigitYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit);

    /// <summary>1-31, written with one or two digits (and a trailing dot, as German dates do).</summary>
    private static int DayNumber(string word)
    {
        var digits = word.TrimEnd('.');
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) && Digits(digits) is >= 1 and <= 31 and var day ? day : 0;
    }

    /// <summary>
    /// A month's number from its English name or any abbreviation of at least three letters ("Sept.", "Dec"); 0 when
    /// none. The fast path's fixed three-letter column goes through it too.
    /// </summary>
    private static int MonthOf(ReadOnlySpan<char> word) => NameIndex(word, MonthNames) + 1;

    /// <summary>The index of the name that <paramref name="word"/> (a trailing dot dropped) abbreviates with three letters or more; -1 when none.</summary>
    private static int NameIndex(ReadOnlySpan<char> word, string[] names)
    {
        var name = word.TrimEnd('.');
        if (name.Length >= 3)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>True for PM, false for AM, null for anything else.</summary>
    private static bool? Meridiem(string word) => word.ToUpperInvariant() switch
    {
        "AM" or "A.M." => false,
        "PM" or "P.M." => true,
        _ => null,
    };

    /// <summary>Two-digit years as RFC 2822 reads them (00-49 are 20xx, 50-99 19xx); three-digit years count from 1900.</summary>
    private static int ExpandYear(int year, int digits) => digits switch
    {
        2 => year < 50 ? 2000 + year : 1900 + year,
        3 => 1900 + year,
        _ => year,
    };
}
