using Microsoft.Extensions.Logging.Console;

namespace FeedHub.Configuration;

/// <summary>
/// How FeedHub logs unless the configuration says otherwise (they are the first configuration source, so every
/// Logging key of the file, the environment or the command line overrides them): one line per event with an ISO 8601
/// UTC timestamp; the HTTP client's and Polly's per-request chatter (several lines, a failed request's stack trace)
/// at Warning and Polly's retry events (each with a stack trace) off, since FeedHub logs each failure once, in words; and the host's "Hosting failed to start" left out,
/// since the service prints that failure itself in one line (the host rethrows what it logged, so nothing is lost).
/// </summary>
internal static class LoggingDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "None",
        ["Logging:LogLevel:Quartz"] = "Warning",
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
        ["Logging:Console:FormatterName"] = "simple",
    };

    /// <summary>
    /// Each console format's own stamp: the simple one's ends in a space to separate it from the level, the JSON one's
    /// does not (the framework binds one FormatterOptions section to whichever format is chosen, so these are set
    /// per format in code; `Logging:Console:FormatterName` = `json` switches to JSON lines).
    /// </summary>
    public static ILoggingBuilder AddFeedHubConsole(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z' ";
        });
        logging.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
        });
        return logging;
    }
}
