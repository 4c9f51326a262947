using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Configuration;

/// <summary>How a configuration value of each type is written, for the message that rejects one.</summary>
internal static partial class ValueForms
{
    public static string Describe(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => "a time span written [d.]hh:mm:ss (\"00:30:00\" is 30 minutes, \"1.00:00:00\" a day)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number (such as 30)",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number (such as 0.5)",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time such as \"2026-12-07T07:00:00Z\"",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => "\"" + n + "\"")),
        _ => "a value of type " + type.Name,
    };

    /// <summary>Why <paramref name="value"/> is not a <paramref name="type"/>; for a span written the short way ("30m", "2h", "1d", "90s"), the form meant.</summary>
    public static string Problem(Type type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (type != typeof(TimeSpan) || ShortSpan().Match(value.Trim()) is not { Success: true } match)
        {
            return $"'{value}' is not {Describe(type)}";
        }

        var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var span = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "s" or "sec" => TimeSpan.FromSeconds(amount),
            "m" or "min" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        return $"'{value}' is not a time span: write it as \"{span.ToString("c", CultureInfo.InvariantCulture)}\" ([d.]hh:mm:ss)";
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortSpan();
}
