using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FeedHub.Configuration;

/// <summary>Checks the configuration at start-up; each failure names its key (FeedHub:Sources:2:Url) and the problem.</summary>
public sealed partial class FeedHubOptionsValidator : IValidateOptions<FeedHubOptions>
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    // Segments of unreserved URL characters, none of them "." or "..": a prefix a proxy and the links agree on byte for byte.
    [GeneratedRegex(@"^(/(?!\.\.?(/|$))[A-Za-z0-9._~-]+)+/?$")]
    private static partial Regex BasePathPattern();

    public ValidateOptionsResult Validate(string? name, FeedHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateFetching(options.Fetching, failures);
        var sourceIds = ValidateSources(options, failures);
        ValidateFeeds(options, sourceIds, failures);
        ValidateSiteRules(options.SiteRules, failures);
        if (options.Clustering.CopyThreshold is <= 0 or > 1 || options.Clustering.FactThreshold is <= 0 or > 1 || options.Clustering.Window <= TimeSpan.Zero)
        {
            failures.Add("FeedHub:Clustering: CopyThreshold and FactThreshold must be in (0, 1] and Window positive");
        }
        if (options.PublicBaseUrl is { } publicBase && (!Uri.TryCreate(publicBase, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https") || baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0))
        {
            failures.Add($"FeedHub:PublicBaseUrl: '{publicBase}' is not an absolute http(s) URL without query or fragment (such as https://feeds.example.org/)");
        }

        ValidateBasePath(options, failures);
        foreach (var (proxy, i) in options.TrustedProxies.Select((p, i) => (p, i)).Where(p => !System.Net.IPNetwork.TryParse(p.p, out _) && !System.Net.IPAddress.TryParse(p.p, out _)))
        {
            failures.Add($"FeedHub:TrustedProxies:{i}: '{proxy}' is not an IP address or network (such as 10.0.0.1 or 10.0.0.0/8)");
        }

        foreach (var (hub, i) in options.Hubs.Select((h, i) => (h, i)).Where(h => !Uri.TryCreate(h.h, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            failures.Add($"FeedHub:Hubs:{i}: '{hub}' is not an absolute http(s) URL");
        }

        if (options.Hubs.Count > 0 && options.PublicBaseUrl is null)
        {
            failures.Add("FeedHub:Hubs: needs FeedHub:PublicBaseUrl, the address the hubs are told the feeds are at");
        }

        if (options.OutputCacheMegabytes is < 1 or > 65536)
        {
            failures.Add($"FeedHub:OutputCacheMegabytes: {options.OutputCacheMegabytes} is outside 1..65536");
        }

        if (options.Scheduler.CheckinInterval <= TimeSpan.Zero || options.Scheduler.CheckinMisfireThreshold <= TimeSpan.Zero || options.Scheduler.MisfireThreshold <= TimeSpan.Zero)
        {
            failures.Add("FeedHub:Scheduler: CheckinInterval, CheckinMisfireThreshold and MisfireThreshold must each be a positive time span such as \"00:00:15\"");
        }

        if (options.Database.Provider.ToLowerInvariant() is not (DatabaseOptions.Sqlite or DatabaseOptions.Postgres))
        {
            failures.Add($"FeedHub:Database:Provider: '{options.Database.Provider}' is not a provider FeedHub has: use \"sqlite\" or \"postgres\"");
        }
        else if (options.Database.Provider.Equals(DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            failures.Add("FeedHub:Database:ConnectionString: is required with the \"postgres\" provider (Host=…;Database=…;Username=…;Password=…)");
        }
        else if (options.Database.Provider.Equals(DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.Database.Path))
        {
            failures.Add("FeedHub:Database: must name the SQLite database file");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A base path such as /feedhub; with a PublicBaseUrl, the path of that address, so that the links lead where the service answers.</summary>
    private static void ValidateBasePath(FeedHubOptions options, List<string> failures)
    {
        var basePath = FeedHubCatalog.BasePathOf(options.BasePath);
        if (basePath.Length == 0)
        {
            return;
        }

        if (!BasePathPattern().IsMatch(options.BasePath!))
        {
            failures.Add($"FeedHub:BasePath: '{options.BasePath}' is not a path such as /feedhub (it starts with '/', and each segment is letters, digits, '-', '.', '_' or '~')");
        }
        else if (options.PublicBaseUrl is { } publicBase && Uri.TryCreate(publicBase, UriKind.Absolute, out var baseUri) && baseUri.AbsolutePath.TrimEnd('/') != basePath)
        {
            failures.Add($"FeedHub:BasePath: '{basePath}' is not the path of FeedHub:PublicBaseUrl '{publicBase}': every published link starts with that address, so it must end in the base path ({baseUri.GetLeftPart(UriPartial.Authority)}{basePath}/)");
        }
    }

    private static void ValidateDigest(DigestOptions? digest, string key, List<string> failures)
    {
        if (digest is null)
        {
            return;
        }

        if (digest.Cron is null || !Quartz.CronExpression.TryParse(digest.Cron, out _))
        {
            failures.Add($"{key}:Cron: '{digest.Cron}' is not a valid Quartz cron expression (for example \"0 0 7 * * ?\")");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(digest.TimeZone, out _))
        {
            failures.Add($"{key}:TimeZone: unknown time zone '{digest.TimeZone}'");
        }

        if (digest.Window <= TimeSpan.Zero)
        {
            failures.Add($"{key}:Window: must be positive");
        }

        if (!Enum.TryParse<Core.Model.DigestGrouping>(digest.GroupBy, ignoreCase: true, out var grouping) || !Enum.IsDefined(grouping))
        {
            failures.Add($"{key}:GroupBy: '{digest.GroupBy}' must be \"none\", \"source\" or \"tag\"");
        }
    }

    private static void ValidateSiteRules(List<SiteRuleOptions> rules, List<string> failures)
    {
        using var probe = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html></html>");
        for (var i = 0; i < rules.Count; i++)
        {
            var key = $"FeedHub:SiteRules:{i}";
            if (string.IsNullOrWhiteSpace(rules[i].Host) || rules[i].Host!.Contains('/', StringComparison.Ordinal))
            {
                failures.Add($"{key}:Host: must be a host name such as news.example.com");
            }

            foreach (var (field, selector) in new[] { ("Content", rules[i].Content) }.Concat(rules[i].Remove.Select((r, n) => ($"Remove:{n}", (string?)r))))
            {
                if (selector is null)
                {
                    continue;
                }

                try
                {
                    probe.QuerySelector(selector);
                }
                catch (AngleSharp.Dom.DomException)
                {
                    failures.Add($"{key}:{field}: '{selector}' is not a valid CSS selector");
                }
            }
        }
    }

    private static void ValidateFetching(FetchingOptions fetching, List<string> failures)
    {
        const string key = "FeedHub:Fetching";
        if (fetching.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"{key}:TimeoutSeconds: {fetching.TimeoutSeconds} is outside 1..600");
        }

        if (fetching.MaxFeedBytes < 1024 || fetching.MaxArticleBytes < 1024)
        {
            failures.Add($"{key}:MaxFeedBytes/MaxArticleBytes: must be at least 1024");
        }

        if (fetching.PerHostConcurrency is < 1 or > 16 || fetching.PerHostSpacingSeconds is < 0 or > 600)
        {
            failures.Add($"{key}:PerHostConcurrency/PerHostSpacingSeconds: must be 1..16 and 0..600");
        }

        if (fetching.FeedPerHostConcurrency is < 1 or > 64 || fetching.FeedPerHostSpacingSeconds is < 0 or > 600)
        {
            failures.Add($"{key}:FeedPerHostConcurrency/FeedPerHostSpacingSeconds: must be 1..64 and 0..600");
        }

        if (fetching.PollConcurrency is < 1 or > 256)
        {
            failures.Add($"{key}:PollConcurrency: {fetching.PollConcurrency} is outside 1..256");
        }

        if (fetching.ArticleRetryFirst <= TimeSpan.Zero || fetching.ArticleRetryMaximum < fetching.ArticleRetryFirst || fetching.ArticleAttempts is < 1 or > 100)
        {
            failures.Add($"{key}:ArticleRetryFirst/ArticleRetryMaximum/ArticleAttempts: the first wait must be positive, the maximum at least the first, and the attempts 1..100");
        }

        if (fetching.ArticleConcurrency is < 1 or > 64)
        {
            failures.Add($"{key}:ArticleConcurrency: {fetching.ArticleConcurrency} is outside 1..64");
        }

        if (fetching.MinimumInterval <= TimeSpan.Zero)
        {
            failures.Add($"{key}:MinimumInterval: must be positive");
        }
        else if (fetching.MaximumInterval < fetching.MinimumInterval)
        {
            failures.Add($"{key}:MaximumInterval: {fetching.MaximumInterval} is below MinimumInterval ({fetching.MinimumInterval})");
        }
    }

    private static HashSet<string> ValidateSources(FeedHubOptions options, List<string> failures)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var key = $"FeedHub:Sources:{i}";
            CheckId(source.Id, key, ids, "source", failures);
            if ((source.Url is null) == (source.Path is null))
            {
                failures.Add($"{key}: give exactly one of Url and Path");
            }
            else if (source.Url is not null && !(Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                failures.Add($"{key}:Url: '{source.Url}' is not an absolute http(s) URL");
            }

            if (source.SiteUrl is not null && !(Uri.TryCreate(source.SiteUrl, UriKind.Absolute, out var site) && site.Scheme is "http" or "https"))
            {
                failures.Add($"{key}:SiteUrl: '{source.SiteUrl}' is not an absolute http(s) URL");
            }

            if (source.Interval < options.Fetching.MinimumInterval)
            {
                failures.Add($"{key}:Interval: {source.Interval} is below the minimum of {options.Fetching.MinimumInterval} (FeedHub:Fetching:MinimumInterval)");
            }
        }

        return ids;
    }

    private static void ValidateFeeds(FeedHubOptions options, HashSet<string> sourceIds, List<string> failures)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var tags = options.Sources.SelectMany(s => s.Tags).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var key = $"FeedHub:Feeds:{i}";
            CheckId(feed.Id, key, ids, "feed", failures);
            CurationRulesBuilder.Build(feed, key, failures);
            ValidateDigest(feed.Digest, $"{key}:Digest", failures);
            if (feed.Order.ToLowerInvariant() is not ("newest" or "coverage"))
            {
                failures.Add($"{key}:Order: '{feed.Order}' must be \"newest\" or \"coverage\"");
            }
            if (string.IsNullOrWhiteSpace(feed.Title))
            {
                failures.Add($"{key}:Title: is required");
            }

            foreach (var unknown in feed.Sources.Where(s => !sourceIds.Contains(s)))
            {
                failures.Add($"{key}:Sources: unknown source id '{unknown}'");
            }

            foreach (var unknown in feed.Tags.Where(t => !tags.Contains(t)))
            {
                failures.Add($"{key}:Tags: no source has the tag '{unknown}'");
            }

            if (feed.MaxItems is < 1 or > 1000)
            {
                failures.Add($"{key}:MaxItems: {feed.MaxItems} is outside 1..1000");
            }
        }
    }

    private static void CheckId(string? id, string key, HashSet<string> seen, string kind, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            failures.Add($"{key}:Id: is required");
        }
        else if (!IdPattern().IsMatch(id))
        {
            failures.Add($"{key}:Id: '{id}' must be lower-case letters, digits, '-' or '_' (it appears in URLs)");
        }
        else if (!seen.Add(id))
        {
            failures.Add($"{key}:Id: duplicate {kind} id '{id}'");
        }
    }
}
