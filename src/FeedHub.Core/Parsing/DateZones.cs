using System.Globalization;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Time zones as feeds write them: Z, numeric offsets (+01, +0100, +01:00, -5), GMT/UTC/UT with an offset
/// (GMT+02:00), abbreviations (EST, MET, MESZ, AT, ...), military letters, IANA names (Europe/Berlin, with its summer
/// time on the date itself) and the Etc/ zones, whose POSIX signs are inverted (Etc/GMT+5 is five hours behind UTC).
/// </summary>
public static partial class DateParser
{
    /// <summary>A zone: a fixed offset, or a region whose offset depends on the date (summer time).</summary>
    private readonly record struct Zone(TimeSpan Offset, TimeZoneInfo? Region)
    {
        public static Zone Utc => default;

        public static Zone Fixed(TimeSpan offset) => new(offset, null);

        public TimeSpan OffsetAt(DateTime local) => Region?.GetUtcOffset(local) ?? Offset;
    }

    /// <summary>
    /// Abbreviations feeds use, as minutes east of UTC: the world's common ones, the US zones with and without
    /// S/D (ET, CT, MT, PT, AT), and the German and Central European spellings (MEZ, MESZ, MET, MEST). IST is read
    /// as Irish Summer Time, as before.
    /// </summary>
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["UCT"] = 0, ["GMT"] = 0, ["Z"] = 0, ["ZULU"] = 0, ["WET"] = 0, ["WEZ"] = 0,
        ["EST"] = -5 * 60, ["EDT"] = -4 * 60, ["ET"] = -5 * 60, ["CST"] = -6 * 60, ["CDT"] = -5 * 60, ["CT"] = -6 * 60,
        ["MST"] = -7 * 60, ["MDT"] = -6 * 60, ["MT"] = -7 * 60, ["PST"] = -8 * 60, ["PDT"] = -7 * 60, ["PT"] = -8 * 60,
        ["AST"] = -4 * 60, ["ADT"] = -3 * 60, ["AT"] = -4 * 60, ["HST"] = -10 * 60, ["AKST"] = -9 * 60, ["AKDT"] = -8 * 60,
        ["NST"] = -(3 * 60 + 30), ["NDT"] = -(2 * 60 + 30), ["BRT"] = -3 * 60, ["ART"] = -3 * 60,
        ["CET"] = 60, ["MET"] = 60, ["MEZ"] = 60, ["CEST"] = 2 * 60, ["MEST"] = 2 * 60, ["MESZ"] = 2 * 60,
        ["BST"] = 60, ["IST"] = 60, ["WEST"] = 60, ["WESZ"] = 60, ["WAT"] = 60,
        ["EET"] = 2 * 60, ["EEST"] = 3 * 60, ["CAT"] = 2 * 60, ["SAST"] = 2 * 60, ["EAT"] = 3 * 60, ["MSK"] = 3 * 60, ["MSD"] = 4 * 60,
        ["PKT"] = 5 * 60, ["NPT"] = 5 * 60 + 45, ["ICT"] = 7 * 60, ["WIB"] = 7 * 60,
        ["JST"] = 9 * 60, ["KST"] = 9 * 60, ["HKT"] = 8 * 60, ["SGT"] = 8 * 60, ["PHT"] = 8 * 60,
        ["AWST"] = 8 * 60, ["ACST"] = 9 * 60 + 30, ["ACDT"] = 10 * 60 + 30, ["AEST"] = 10 * 60, ["AEDT"] = 11 * 60,
        ["NZST"] = 12 * 60, ["NZDT"] = 13 * 60,
    };

    private static readonly string[] EtcUtcNames = ["GMT", "UTC", "UCT", "UT", "Zulu", "Universal", "Greenwich", "GMT0", "GMT+0", "GMT-0"];

    /// <summary>Reads a zone, or null when the text is none of the forms above.</summary>
    private static Zone? ParseZone(string zone)
    {
        if (NamedZones.TryGetValue(zone, out var minutes))
        {
            return Zone.Fixed(TimeSpan.FromMinutes(minutes));
        }

        if (zone.Length == 1 && char.IsAsciiLetter(zone[0]))
        {
            return MilitaryZone(char.ToUpperInvariant(zone[0])) is { } military ? Zone.Fixed(military) : null;
        }

        if (zone.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase))
        {
            return EtcZone(zone[4..]);
        }

        if (zone.Contains('/', StringComparison.Ordinal))
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var region) ? new Zone(TimeSpan.Zero, region) : null;
        }

        var numeric = zone;
        foreach (var prefix in (ReadOnlySpan<string>)["GMT", "UTC", "UT"])
        {
            if (zone.Length > prefix.Length && zone.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && zone[prefix.Length] is '+' or '-')
            {
                numeric = zone[prefix.Length..];
                break;
            }
        }

        return NumericOffset(numeric) is { } offset ? Zone.Fixed(offset) : null;
    }

    /// <summary>An unknown abbreviation is read as UTC, as feedparser does: the date is worth more than its zone.</summary>
    private static Zone? UnknownNamed(string zone) =>
        zone.Length is >= 2 and <= 5 && zone.All(char.IsAsciiLetter) ? Zone.Utc : null;

    /// <summary>Etc/GMT, Etc/UTC and their kin are UTC; Etc/GMT+N is N hours behind (the POSIX sign), Etc/GMT-N ahead.</summary>
    private static Zone? EtcZone(string name)
    {
        if (EtcUtcNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return Zone.Utc;
        }

        return name.Length is 5 or 6 && name.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) && name[3] is '+' or '-'
            && int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours <= 14
                ? Zone.Fixed(TimeSpan.FromHours(name[3] == '+' ? -hours : hours))
                : null;
    }

    /// <summary>+h, +hh, +hmm, +hhmm or +hh:mm (and the same with -).</summary>
    private static TimeSpan? NumericOffset(string zone)
    {
        if (zone.Length < 2 || zone[0] is not ('+' or '-'))
        {
            return null;
        }

        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is < 1 or > 4 || !digits.All(char.IsAsciiDigit) || (zone.Contains(':', StringComparison.Ordinal) && digits.Length < 3))
        {
            return null;
        }

        var (h, min) = digits.Length <= 2 ? (Digits(digits), 0) : (Digits(digits.AsSpan(0, digits.Length - 2)), Digits(digits.AsSpan(digits.Length - 2)));
        var sign = zone[0] == '-' ? -1 : 1;
        return h > 14 || min > 59 ? null : sign * new TimeSpan(h, min, 0);
    }

    /// <summary>RFC 822's military zones: A-I and K-M are 1-12 hours behind UTC, N-Y 1-12 ahead, Z is UTC; J is not a zone.</summary>
    private static TimeSpan? MilitaryZone(char letter) => letter switch
    {
        'Z' => TimeSpan.Zero,
        >= 'A' and <= 'I' => TimeSpan.FromHours(-(letter - 'A' + 1)),
        >= 'K' and <= 'M' => TimeSpan.FromHours(-(letter - 'K' + 10)),
        >= 'N' and <= 'Y' => TimeSpan.FromHours(letter - 'N' + 1),
        _ => null,
    };
}
