
namespace FeedHub.Configuration;

/// <summary>FeedHub:Feeds:n:Digest: when the feed's digests are cut and what each covers.</summary>
public sealed class DigestOptions
{
    /// <summary>A Quartz cron expression, such as "0 0 7 * * ?" (daily at 07:00) or "0 0 7 ? * MON" (Mondays).</summary>
    public string? Cron { get; set; }

    /// <summary>An IANA time zone for the cron expression; default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The span each digest covers, ending at its fire time.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(1);

    /// <summary>"none" (the default), "source" (a section per source) or "tag" (a section per category).</summary>
    public string GroupBy { get; set; } = "none";
}
