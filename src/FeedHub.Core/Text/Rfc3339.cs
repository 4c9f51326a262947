using System.Globalization;

namespace FeedHub.Core.Text;

/// <summary>Formats a time as Atom, JSON Feed and FeedHub's JSON output want it: RFC 3339 in UTC to the second ("2025-01-01T12:00:00Z").</summary>
public static class Rfc3339
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
