using FeedHub.Core.Curation;
using FeedHub.Core.Curation.Clustering;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Polling;
using Microsoft.Extensions.Options;

namespace FeedHub.Configuration;

/// <summary>The validated configuration as the pipeline sees it: source and feed definitions with absolute locations.</summary>
public sealed class FeedHubCatalog
{
    public FeedHubCatalog(IOptions<FeedHubOptions> options, ConfigLocation location)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(location);
        var value = options.Value;
        Root = value.RootDirectory is null ? location.RootDirectory : Path.GetFullPath(value.RootDirectory, location.RootDirectory);
        DatabasePath = Path.GetFullPath(value.Database.Path, Root);
        UsesPostgres = value.Database.Provider.Equals(DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
        PostgresConnectionString = UsesPostgres ? value.Database.ConnectionString : null;
        Sources = [.. value.Sources.Select(ToDefinition)];
        Feeds = [.. value.Feeds.Select((feed, i) => ToDefinition(feed, i))];
        SourcesById = Sources.ToDictionary(s => s.Id);
        Fetch = new FetchOptions
        {
            UserAgent = value.Fetching.UserAgent,
            Timeout = TimeSpan.FromSeconds(value.Fetching.TimeoutSeconds),
            MaxFeedBytes = value.Fetching.MaxFeedBytes,
            MaxArticleBytes = value.Fetching.MaxArticleBytes,
            AllowPrivateNetworks = value.Fetching.AllowPrivateNetworks,
            ArticleConcurrency = value.Fetching.ArticleConcurrency,
            ArticleRetryFirst = value.Fetching.ArticleRetryFirst,
            ArticleRetryMaximum = value.Fetching.ArticleRetryMaximum,
            ArticleAttempts = value.Fetching.ArticleAttempts,
            PerHostConcurrency = value.Fetching.PerHostConcurrency,
            PerHostSpacing = TimeSpan.FromSeconds(value.Fetching.PerHostSpacingSeconds),
            FeedPerHostConcurrency = value.Fetching.FeedPerHostConcurrency,
            FeedPerHostSpacing = TimeSpan.FromSeconds(value.Fetching.FeedPerHostSpacingSeconds),
        };
        Polling = new PollingLimits { MinimumInterval = value.Fetching.MinimumInterval, MaximumInterval = value.Fetching.MaximumInterval };
        PollConcurrency = value.Fetching.PollConcurrency;
        SiteRules = [.. value.SiteRules.Select(r => new SiteRule(r.Host!, r.Content, r.Remove))];
        PublicBaseUrl = value.PublicBaseUrl is { } publicBase ? new Uri(publicBase.EndsWith('/') ? publicBase : publicBase + "/") : null;
        BasePath = new PathString(BasePathOf(value.BasePath));
        TrustedProxies = [.. value.TrustedProxies.Select(NetworkOf)];
        OutputCacheBytes = value.OutputCacheMegabytes * 1024L * 1024;
        Hubs = [.. value.Hubs.Select(h => new Uri(h))];
        Clustering = new ClusteringOptions
        {
            CopyThreshold = value.Clustering.CopyThreshold,
            FactThreshold = value.Clustering.FactThreshold,
            Window = value.Clustering.Window,
        };
    }

    public ClusteringOptions Clustering { get; }

    /// <summary>The configured public address, ending in '/'; null when links follow each request's Host.</summary>
    public Uri? PublicBaseUrl { get; }

    /// <summary>The path every route is served under (/feedhub), without a trailing '/'; empty when FeedHub answers from the root.</summary>
    public PathString BasePath { get; }

    /// <summary>FeedHub:BasePath as it is matched: without its trailing '/', and "" for none (unset, "" or "/").</summary>
    public static string BasePathOf(string? configured) => configured?.TrimEnd('/') ?? string.Empty;

    /// <summary>The WebSub hubs every feed names and each change is announced to.</summary>
    public IReadOnlyList<Uri> Hubs { get; }

    /// <summary>The budget of the output cache, in bytes.</summary>
    public long OutputCacheBytes { get; }

    /// <summary>The proxies whose forwarded headers are believed; an address alone is a network of one.</summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; }

    public IReadOnlyList<SiteRule> SiteRules { get; }

    public string Root { get; }
    /// <summary>The SQLite file (when the provider is SQLite).</summary>
    public string DatabasePath { get; }

    /// <summary>Whether the data lives in PostgreSQL, shared by every node, with the scheduler clustered on it.</summary>
    public bool UsesPostgres { get; }

    public string? PostgresConnectionString { get; }
    public IReadOnlyList<SourceDefinition> Sources { get; }
    public IReadOnlyDictionary<string, SourceDefinition> SourcesById { get; }
    public IReadOnlyList<CuratedFeedDefinition> Feeds { get; }
    public FetchOptions Fetch { get; }

    public PollingLimits Polling { get; }

    /// <summary>How many polls run at once (the scheduler's thread count).</summary>
    public int PollConcurrency { get; }

    private static System.Net.IPNetwork NetworkOf(string proxy) =>
        System.Net.IPNetwork.TryParse(proxy, out var network) ? network
        : System.Net.IPAddress.Parse(proxy) is var address ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8) : default;

    public CuratedFeedDefinition? FindFeed(string id) => Feeds.FirstOrDefault(f => f.Id == id);

    private SourceDefinition ToDefinition(SourceOptions source) => new()
    {
        Id = source.Id!,
        Title = source.Title,
        Location = source.Url is not null ? new Uri(source.Url) : new Uri(Path.GetFullPath(source.Path!, Root)),
        Interval = source.Interval,
        SiteUrl = source.SiteUrl is { } site ? new Uri(site) : null,
        Tags = source.Tags,
        FullText = source.FullText,
        Adaptive = source.Adaptive,
        Headers = source.Headers,
    };

    private static CuratedFeedDefinition ToDefinition(CuratedFeedOptions feed, int index) => new()
    {
        Id = feed.Id!,
        Title = feed.Title!,
        Description = feed.Description,
        Sources = feed.Sources,
        Tags = feed.Tags,
        Rules = CurationRulesBuilder.Build(feed, $"FeedHub:Feeds:{index}", []),
        RankByCoverage = string.Equals(feed.Order, "coverage", StringComparison.OrdinalIgnoreCase),
        Digest = feed.Digest is { Cron: { } cron } digest ? new DigestSchedule(cron, TimeZoneInfo.FindSystemTimeZoneById(digest.TimeZone), digest.Window)
        {
            GroupBy = Enum.Parse<DigestGrouping>(digest.GroupBy, ignoreCase: true),
        }
        : null,
        MaxItems = feed.MaxItems,
    };
}
