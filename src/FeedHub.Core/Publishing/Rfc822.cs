using System.Globalization;

namespace FeedHub.Core.Publishing;

/// <summary>Formats a time as RSS wants it: RFC 822 with a four-digit year and "GMT" ("Wed, 01 Jan 2025 12:00:00 GMT").</summary>
public static class Rfc822
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
