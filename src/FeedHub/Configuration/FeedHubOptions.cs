namespace FeedHub.Configuration;

/// <summary>The "FeedHub" section of config/feedhub.json; docs/configuration.md describes every key.</summary>
public sealed class FeedHubOptions
{
    public const string Section = "FeedHub";

    /// <summary>The database: a SQLite file (the string form, or Provider "sqlite" with its Path) or PostgreSQL (Provider "postgres" with a ConnectionString).</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>How the nodes sharing a PostgreSQL database share the schedule.</summary>
    public SchedulerOptions Scheduler { get; set; } = new();

    /// <summary>The folder relative paths start from; by default the folder that holds config/.</summary>
    public string? RootDirectory { get; set; }

    /// <summary>
    /// The address readers reach FeedHub at (https://feeds.example.org/ or https://example.org/feedhub/): every link
    /// FeedHub publishes starts with it. Unset, links use each request's Host header, and responses are marked private
    /// so that no shared cache keeps a response built from a Host a client chose.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// The path FeedHub is served under (/feedhub) when a reverse proxy passes that prefix on: every route answers
    /// under it, nothing outside it. A trailing '/' is dropped; unset, "" or "/" serve from the root. With
    /// PublicBaseUrl set, its path must be this one.
    /// </summary>
    public string? BasePath { get; set; }

    /// <summary>Reverse proxies (IP addresses or networks such as 10.0.0.0/8) whose X-Forwarded-For, -Proto and -Host headers (and -Prefix, without a BasePath) are believed; no others are.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>WebSub hubs (https://hub.example/): advertised in every feed (rel="hub"), and told when a feed changes, so readers get updates pushed. Needs PublicBaseUrl.</summary>
    public List<string> Hubs { get; set; } = [];

    /// <summary>The memory the rendered feeds, digests and pages may hold, with their compressed forms.</summary>
    public int OutputCacheMegabytes { get; set; } = 128;

    public FetchingOptions Fetching { get; set; } = new();

    public List<SourceOptions> Sources { get; set; } = [];

    public List<CuratedFeedOptions> Feeds { get; set; } = [];

    /// <summary>Per-site extraction rules (content and strip selectors) that override the heuristics.</summary>
    public List<SiteRuleOptions> SiteRules { get; set; } = [];

    /// <summary>Story clustering thresholds for curated feeds.</summary>
    public ClusteringSettings Clustering { get; set; } = new();

    /// <summary>The service's own metrics at /metrics.</summary>
    public MetricsOptions Metrics { get; set; } = new();
}
