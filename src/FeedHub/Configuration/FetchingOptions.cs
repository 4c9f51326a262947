namespace FeedHub.Configuration;

/// <summary>FeedHub:Fetching: limits and politeness for every download.</summary>
public sealed class FetchingOptions
{
    public string UserAgent { get; set; } = "FeedHub/0.1 (self-hosted feed aggregator)";
    public int TimeoutSeconds { get; set; } = 30;
    public long MaxFeedBytes { get; set; } = 16L * 1024 * 1024;
    public long MaxArticleBytes { get; set; } = 8L * 1024 * 1024;
    public bool AllowPrivateNetworks { get; set; }
    public int ArticleConcurrency { get; set; } = 4;

    /// <summary>How many article pages of one host are fetched at once.</summary>
    public int PerHostConcurrency { get; set; } = 1;

    /// <summary>Seconds between the starts of two article requests to one host.</summary>
    public double PerHostSpacingSeconds { get; set; } = 1;

    /// <summary>The shortest poll interval a source may ask for.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(5);
}
