using FeedHub.Core.Fetching;
using FeedHub.Core.Pipeline.Polling;

namespace FeedHub.Configuration;

/// <summary>FeedHub:Fetching: limits and politeness for every download; each default is <see cref="FetchOptions"/>'s.</summary>
public sealed class FetchingOptions
{
    public string UserAgent { get; set; } = FetchOptions.Defaults.UserAgent;
    public int TimeoutSeconds { get; set; } = (int)FetchOptions.Defaults.Timeout.TotalSeconds;
    public long MaxFeedBytes { get; set; } = FetchOptions.Defaults.MaxFeedBytes;
    public long MaxArticleBytes { get; set; } = FetchOptions.Defaults.MaxArticleBytes;
    public bool AllowPrivateNetworks { get; set; } = FetchOptions.Defaults.AllowPrivateNetworks;
    public int ArticleConcurrency { get; set; } = FetchOptions.Defaults.ArticleConcurrency;

    /// <summary>How long after its first failure an article is tried again; each later wait doubles.</summary>
    public TimeSpan ArticleRetryFirst { get; set; } = FetchOptions.Defaults.ArticleRetryFirst;

    /// <summary>The longest wait between two tries of a failed article.</summary>
    public TimeSpan ArticleRetryMaximum { get; set; } = FetchOptions.Defaults.ArticleRetryMaximum;

    /// <summary>How many times a failing article is tried before it stays failed (until its rules change).</summary>
    public int ArticleAttempts { get; set; } = FetchOptions.Defaults.ArticleAttempts;

    /// <summary>How many article pages of one host are fetched at once.</summary>
    public int PerHostConcurrency { get; set; } = FetchOptions.Defaults.PerHostConcurrency;

    /// <summary>Seconds between the starts of two article requests to one host.</summary>
    public double PerHostSpacingSeconds { get; set; } = FetchOptions.Defaults.PerHostSpacing.TotalSeconds;

    /// <summary>How many feeds of one host are fetched at once.</summary>
    public int FeedPerHostConcurrency { get; set; } = FetchOptions.Defaults.FeedPerHostConcurrency;

    /// <summary>Seconds between the starts of two feed requests to one host.</summary>
    public double FeedPerHostSpacingSeconds { get; set; } = FetchOptions.Defaults.FeedPerHostSpacing.TotalSeconds;

    /// <summary>How many polls run at once, across all hosts (the scheduler's threads).</summary>
    public int PollConcurrency { get; set; } = 8;

    /// <summary>The shortest poll interval a source may ask for, and the shortest an adaptive source is given.</summary>
    public TimeSpan MinimumInterval { get; set; } = PollingLimits.Defaults.MinimumInterval;

    /// <summary>The longest a feed's or server's hint (ttl, sy:updatePeriod, max-age, Expires) or an adaptive interval may stretch a poll interval to.</summary>
    public TimeSpan MaximumInterval { get; set; } = PollingLimits.Defaults.MaximumInterval;
}
