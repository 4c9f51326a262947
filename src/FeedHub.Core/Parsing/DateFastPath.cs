namespace FeedHub.Core.Parsing;

/// <summary>
/// Reads the two forms nearly every feed writes, "Fri, 27 Nov 2026 08:00:00 +0000" (or GMT) and
/// "2026-11-27T08:00:00Z", directly from the characters; anything else falls through to the general parsers.
/// </summary>
public static partial class DateParser
{
    private static DateTimeOffset? ParseCommonForms(ReadOnlySpan<char> s)
    {
        if (s.Length == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z')
        {
            return BuildDigits(s[..4], s[5..7], s[8..10], s[11..13], s[14..16], s[17..19], TimeSpan.Zero);
        }

        // "ddd, dd MMM yyyy HH:mm:ss " followed by "+0000" or "GMT"
        if ((s.Length == 31 || s.Length == 29) && s[3] == ',' && s[4] == ' ' && s[7] == ' ' && s[11] == ' ' && s[16] == ' ' && s[19] == ':' && s[22] == ':' && s[25] == ' ')
        {
            var zone = s[26..];
            var offset = zone is "GMT" or "UTC" or "+0000" ? TimeSpan.Zero : (TimeSpan?)null;
            var month = MonthOf(s.Slice(8, 3));
            return offset is null || month == 0 ? null : BuildDigits(s.Slice(12, 4), default, s.Slice(5, 2), s.Slice(17, 2), s.Slice(20, 2), s.Slice(23, 2), offset.Value, month);
        }

        return null;
    }

    private static DateTimeOffset? BuildDigits(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day, ReadOnlySpan<char> hour, ReadOnlySpan<char> minute, ReadOnlySpan<char> second, TimeSpan offset, int monthNumber = 0)
    {
        var m = monthNumber > 0 ? monthNumber : Digits(month);
        var (y, d, h, min, sec) = (Digits(year), Digits(day), Digits(hour), Digits(minute), Digits(second));
        return y < 0 || m < 0 || d < 0 || h < 0 || min < 0 || sec < 0 ? null : Build(y, m, d, h, min, sec, offset);
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return digits.IsEmpty ? -1 : value;
    }
}
