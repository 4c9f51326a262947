using System.Globalization;

namespace FeedHub.Core.Parsing;

/// <summary>The running times feeds give their audio and video (itunes:duration, media:content duration, JSON Feed duration_in_seconds).</summary>
internal static class Durations
{
    /// <summary>A number of seconds, when it is a plausible running time (not negative, under about 115 days).</summary>
    public static TimeSpan? FromSeconds(double seconds) => seconds is >= 0 and < 1e7 ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>Seconds written as a number ("3723", "3723.5"); null for anything else.</summary>
    public static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) ? FromSeconds(seconds) : null;

    /// <summary>Seconds, or clock time ("1:02:03", "62:03"); null for anything else.</summary>
    public static TimeSpan? SecondsOrClock(string? text)
    {
        var parts = text?.Split(':');
        if (parts is null or { Length: 1 })
        {
            return Seconds(text);
        }

        if (parts.Length > 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return TimeSpan.FromSeconds(parts.Aggregate(0L, (sum, part) => (sum * 60) + long.Parse(part, CultureInfo.InvariantCulture)));
    }
}
