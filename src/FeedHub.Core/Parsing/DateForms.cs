using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Parsing;

/// <summary>
/// The date forms beyond RFC 822 and ISO 8601 that feeds have been seen to carry: Perforce, ISO-like dates with
/// two-digit years, and localized forms (Korean OnBlog and Nate, Greek and Hungarian month names), each turned into
/// one of the standard forms or read directly.
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, string> GreekNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ιαν"] = "Jan", ["Φεβ"] = "Feb", ["Μαρ"] = "Mar", ["Μάρ"] = "Mar", ["Απρ"] = "Apr", ["Μάι"] = "May", ["Μαϊ"] = "May",
        ["Μαι"] = "May", ["Ιούν"] = "Jun", ["Ιον"] = "Jun", ["Ιουν"] = "Jun", ["Ιούλ"] = "Jul", ["Ιολ"] = "Jul", ["Ιουλ"] = "Jul",
        ["Αύγ"] = "Aug", ["Αυγ"] = "Aug", ["Σεπ"] = "Sep", ["Οκτ"] = "Oct", ["Νοέ"] = "Nov", ["Νοε"] = "Nov", ["Δεκ"] = "Dec",
        ["Κυρ"] = "Sun", ["Δευ"] = "Mon", ["Τρι"] = "Tue", ["Τετ"] = "Wed", ["Πεμ"] = "Thu", ["Παρ"] = "Fri", ["Σαβ"] = "Sat",
    };

    private static readonly string[] HungarianMonths =
        ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"];

    /// <summary>Korean feeds (OnBlog, Nate) write local time without a zone; Korea Standard Time is UTC+9.</summary>
    private static readonly TimeSpan KoreaStandardTime = TimeSpan.FromHours(9);

    private static DateTimeOffset? ParseOtherForms(string text) =>
        ParsePerforce(text) ?? ParseTwoDigitYearIso(text)
        ?? ParseKorean(text) ?? ParseGreek(text) ?? ParseHungarian(text);

    [GeneratedRegex(@"^(?:[a-z]+,\s*)?(\d{4})/(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Perforce();

    private static DateTimeOffset? ParsePerforce(string text)
    {
        var m = Perforce().Match(text);
        var zone = m.Groups[7].Success ? ParseZone(m.Groups[7].Value) : Zone.Utc;
        return m.Success && zone is not null
            ? Build(Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]), Int(m.Groups[4]), Int(m.Groups[5]), Int(m.Groups[6]), zone.Value)
            : null;
    }

    [GeneratedRegex(@"^(\d{2})-?(\d{2})-?(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitYearIso();

    private static DateTimeOffset? ParseTwoDigitYearIso(string text)
    {
        var m = TwoDigitYearIso().Match(text);
        return m.Success ? Build(ExpandYear(Int(m.Groups[1]), 2), Int(m.Groups[2]), Int(m.Groups[3]), 0, 0, 0, TimeSpan.Zero) : null;
    }

    [GeneratedRegex(@"^(\d{4})\s*(?:년|-)\s*(\d{1,2})\s*(?:월|-)\s*(\d{1,2})\s*일?\s+(?:(오전|오후)\s*)?(\d{1,2}):(\d{2}):(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Korean();

    private static DateTimeOffset? ParseKorean(string text)
    {
        var m = Korean().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var hour = Int(m.Groups[5]);
        hour = m.Groups[4].Value switch
        {
            "오후" when hour < 12 => hour + 12, // PM
            "오전" when hour == 12 => 0, // 12 AM
            _ => hour,
        };
        return Build(Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]), hour, Int(m.Groups[6]), Int(m.Groups[7]), KoreaStandardTime);
    }

    [GeneratedRegex(@"\p{IsGreekandCoptic}+", RegexOptions.CultureInvariant)]
    private static partial Regex GreekWord();

    private static DateTimeOffset? ParseGreek(string text)
    {
        if (!GreekWord().IsMatch(text))
        {
            return null;
        }

        var english = GreekWord().Replace(text, w => GreekNames.GetValueOrDefault(w.Value, w.Value));
        return english == text ? null : ParseRfc822(english);
    }

    [GeneratedRegex(@"^(\d{4})-([a-zé-ű]+)-(\d{1,2})T(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hungarian();

    private static DateTimeOffset? ParseHungarian(string text)
    {
        var m = Hungarian().Match(text);
        var month = m.Success ? Array.IndexOf(HungarianMonths, m.Groups[2].Value.ToLower(CultureInfo.InvariantCulture)) + 1 : 0;
        var zone = m.Groups[7].Success ? ParseZone(m.Groups[7].Value) : Zone.Utc;
        return month > 0 && zone is not null
            ? Build(Int(m.Groups[1]), month, Int(m.Groups[3]), Int(m.Groups[4]), Int(m.Groups[5]), m.Groups[6].Success ? Int(m.Groups[6]) : 0, zone.Value)
            : null;
    }
}
