using FeedHub.Core.Fetching;

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

    /// <summary>How many article pages of one host are fetched at once.</summary>
    public int PerHostConcurrency { get; set; } = FetchOptions.Defaults.PerHostConcurrency;

    /// <summary>Seconds between the starts of two article requests to one host.</summary>
    public double PerHostSpacingSeconds { get; set; } = FetchOptions.Defaults.PerHostSpacing.TotalSeconds;

    /// <summary>The shortest poll interval a source may ask for.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(5);
}
