namespace FeedHub.Core.Fetching;

/// <summary>
/// Limits and identity for every download FeedHub makes. Its defaults are the only ones: the configuration's
/// FeedHub:Fetching section takes each of its own from here.
/// </summary>
public sealed record FetchOptions
{
    public static readonly FetchOptions Defaults = new();

    public string UserAgent { get; init; } = "FeedHub/0.1 (self-hosted feed aggregator)";

    /// <summary>The whole request, connection to last byte, must finish within this time.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxFeedBytes { get; init; } = 16L * 1024 * 1024;
    public long MaxArticleBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Whether article links may point at loopback, private or link-local addresses (off by default).</summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>How many article pages are fetched at once, across all hosts.</summary>
    public int ArticleConcurrency { get; init; } = 4;

    /// <summary>How many article pages of one host are fetched at once.</summary>
    public int PerHostConcurrency { get; init; } = 1;

    /// <summary>The shortest time between the starts of two article requests to one host.</summary>
    public TimeSpan PerHostSpacing { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A failed article is tried again after this long, then after twice as long each time, up to <see cref="ArticleRetryMaximum"/>.</summary>
    public TimeSpan ArticleRetryFirst { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait between two tries of a failed article.</summary>
    public TimeSpan ArticleRetryMaximum { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How many times an article is tried before it stays failed (until the rules that decide it change).</summary>
    public int ArticleAttempts { get; init; } = 8;

    /// <summary>How many feeds of one host are fetched at once (500 sources on one host never hit it together).</summary>
    public int FeedPerHostConcurrency { get; init; } = 2;

    /// <summary>The shortest time between the starts of two feed requests to one host.</summary>
    public TimeSpan FeedPerHostSpacing { get; init; } = TimeSpan.FromMilliseconds(50);
}
