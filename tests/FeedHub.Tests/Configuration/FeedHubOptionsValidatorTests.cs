using FeedHub.Configuration;

namespace FeedHub.Tests.Configuration;

public class FeedHubOptionsValidatorTests
{
    private static FeedHubOptions Valid() => new()
    {
        Sources =
        [
            new SourceOptions { Id = "a", Url = "https://example.org/feed.xml", Tags = ["news"] },
            new SourceOptions { Id = "b", Path = "samples/b.rss" },
        ],
        Feeds = [new CuratedFeedOptions { Id = "f", Title = "F", Sources = ["a"], Tags = ["news"] }],
    };

    private static IReadOnlyList<string> Failures(FeedHubOptions options) =>
        new FeedHubOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void A_valid_configuration_passes() => Assert.Empty(Failures(Valid()));

    [Fact]
    public void Each_mistake_names_its_key()
    {
        var options = Valid();
        options.Sources.Add(new SourceOptions { Id = "a", Url = "ftp://example.org/x" });
        options.Sources.Add(new SourceOptions { Id = "Bad Id", Url = "https://example.org/y", Interval = TimeSpan.FromSeconds(10) });
        options.Sources.Add(new SourceOptions { Id = "c" });
        options.Feeds.Add(new CuratedFeedOptions { Id = "g", Title = "G", Sources = ["nope"], Tags = ["missing"], MaxItems = 0 });

        var failures = Failures(options);

        Assert.Contains("FeedHub:Sources:2:Id: duplicate source id 'a'", failures);
        Assert.Contains("FeedHub:Sources:2:Url: 'ftp://example.org/x' is not an absolute http(s) URL", failures);
        Assert.Contains(failures, f => f.StartsWith("FeedHub:Sources:3:Id: 'Bad Id' must be lower-case", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("FeedHub:Sources:3:Interval: 00:00:10 is below the minimum", StringComparison.Ordinal));
        Assert.Contains("FeedHub:Sources:4: give exactly one of Url and Path", failures);
        Assert.Contains("FeedHub:Feeds:1:Sources: unknown source id 'nope'", failures);
        Assert.Contains("FeedHub:Feeds:1:Tags: no source has the tag 'missing'", failures);
        Assert.Contains("FeedHub:Feeds:1:MaxItems: 0 is outside 1..1000", failures);
    }

    [Fact]
    public void Site_rules_need_a_host_and_valid_selectors()
    {
        var options = Valid();
        options.SiteRules.Add(new SiteRuleOptions { Host = "news.example", Content = "article .body", Remove = [".promo"] });
        options.SiteRules.Add(new SiteRuleOptions { Host = "https://x.example/", Content = "div[", Remove = [".ok", "##x"] });

        var failures = Failures(options);

        Assert.True(failures.Count == 3, string.Join(" | ", failures));
        Assert.Contains("FeedHub:SiteRules:1:Host: must be a host name such as news.example.com", failures);
        Assert.Contains("FeedHub:SiteRules:1:Content: 'div[' is not a valid CSS selector", failures);
        Assert.Contains("FeedHub:SiteRules:1:Remove:1: '##x' is not a valid CSS selector", failures);
    }

    [Fact]
    public void Curation_rules_that_cannot_run_name_the_feed_and_the_rule()
    {
        var options = Valid();
        options.Feeds[0].Match = "most";
        options.Feeds[0].Rules.Add(new RuleOptions { Regex = "storm (" });
        options.Feeds[0].Rules.Add(new RuleOptions { Words = ["a"], MinWords = 3 });
        options.Feeds[0].Rules.Add(new RuleOptions { Fields = ["body"], Words = ["a"] });
        options.Feeds[0].Rules.Add(new RuleOptions { Exclude = true, Fields = ["host"], Words = ["ads.example"], Regex = "(?<=x)y" });
        options.Feeds[0].Rules.Add(new RuleOptions { Languages = ["en", "english!"] });
        options.Feeds[0].Rules.Add(new RuleOptions { Languages = ["de_AT", "fr"], Exclude = true });

        var failures = Failures(options);

        Assert.True(failures.Count == 5, string.Join(" | ", failures));
        Assert.Contains("FeedHub:Feeds:0:Rules:4:Languages: 'english!' is not a language tag such as \"en\" or \"de-AT\" (feed 'f')", failures);
        Assert.Contains(failures, f => f.StartsWith("FeedHub:Feeds:0:Rules:0:Regex: 'storm (' does not compile:", StringComparison.Ordinal) && f.EndsWith("(feed 'f')", StringComparison.Ordinal));
        Assert.Contains("FeedHub:Feeds:0:Rules:1: set exactly one of Words/Phrases/Regex, Languages, MinWords or MaxAge (feed 'f')", failures);
        Assert.Contains("FeedHub:Feeds:0:Rules:2:Fields: unknown field 'body'; use title, content, author, categories or host (feed 'f')", failures);
        Assert.Contains("FeedHub:Feeds:0:Match: 'most' must be \"any\" or \"all\" (feed 'f')", failures);
    }

    [Fact]
    public void A_digest_needs_a_valid_cron_expression_and_time_zone()
    {
        var options = Valid();
        options.Feeds[0].Digest = new DigestOptions { Cron = "every morning", TimeZone = "Mars/Olympus", Window = TimeSpan.Zero, GroupBy = "author" };

        var failures = Failures(options);

        Assert.Contains("FeedHub:Feeds:0:Digest:Cron: 'every morning' is not a valid Quartz cron expression (for example \"0 0 7 * * ?\")", failures);
        Assert.Contains("FeedHub:Feeds:0:Digest:TimeZone: unknown time zone 'Mars/Olympus'", failures);
        Assert.Contains("FeedHub:Feeds:0:Digest:Window: must be positive", failures);
        Assert.Contains("FeedHub:Feeds:0:Digest:GroupBy: 'author' must be \"none\", \"source\" or \"tag\"", failures);
    }

    [Theory]
    [InlineData("https://feeds.example.org/", null, 0)]
    [InlineData("https://example.org/feedhub", "10.0.0.0/8", 0)]
    [InlineData("feeds.example.org", null, 1)]
    [InlineData("ftp://feeds.example.org/", null, 1)]
    [InlineData("https://feeds.example.org/?x=1", null, 1)]
    [InlineData(null, "proxy.local", 1)]
    [InlineData(null, "10.0.0.1", 0)]
    public void The_public_address_and_trusted_proxies_must_be_what_they_say(string? publicBase, string? proxy, int expected)
    {
        var options = Valid();
        options.PublicBaseUrl = publicBase;
        options.TrustedProxies = proxy is null ? [] : [proxy];

        var failures = Failures(options);

        Assert.True(failures.Count == expected, string.Join(" | ", failures));
        Assert.All(failures, f => Assert.Matches("^FeedHub:(PublicBaseUrl|TrustedProxies:0): '", f));
    }

    [Theory]
    [InlineData("/feedhub", null, 0)]
    [InlineData("/feedhub", "https://example.org/feedhub/", 0)]
    [InlineData("/feedhub/", "https://example.org/feedhub", 0)] // a trailing '/' is dropped from either
    [InlineData("/apps/feed-hub_2.0~x", "https://example.org/apps/feed-hub_2.0~x/", 0)]
    [InlineData("/", "https://example.org/", 0)] // the root: no base
    [InlineData("", null, 0)]
    [InlineData(null, "https://example.org/feedhub/", 0)] // a proxy that strips the prefix (and may send X-Forwarded-Prefix)
    [InlineData("feedhub", null, 1)]
    [InlineData("//feedhub", null, 1)]
    [InlineData("/feed hub", null, 1)]
    [InlineData("/feedhub?x=1", null, 1)]
    [InlineData("/a/../feedhub", null, 1)]
    [InlineData("/feedhub/.", null, 1)]
    [InlineData("/feedhub", "http://localhost:8080/", 1)] // the shipped PublicBaseUrl with a base set beside it
    [InlineData("/feedhub", "https://example.org/other/", 1)]
    [InlineData("/feedhub", "https://example.org/feedhub/more/", 1)]
    [InlineData("/feedhub", "https://example.org/FeedHub/", 1)]
    public void The_base_path_is_a_clean_path_and_the_path_of_the_public_address(string? basePath, string? publicBase, int expected)
    {
        var options = Valid();
        options.BasePath = basePath;
        options.PublicBaseUrl = publicBase;

        var failures = Failures(options);

        Assert.True(failures.Count == expected, string.Join(" | ", failures));
        Assert.All(failures, f => Assert.StartsWith("FeedHub:BasePath: '", f, StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_path_beside_another_public_address_says_what_the_address_should_be()
    {
        var options = Valid();
        options.BasePath = "/feedhub";
        options.PublicBaseUrl = "http://localhost:8080/";

        Assert.Equal(["FeedHub:BasePath: '/feedhub' is not the path of FeedHub:PublicBaseUrl 'http://localhost:8080/': every published link starts with that address, so it must end in the base path (http://localhost:8080/feedhub/)"], Failures(options));
    }

    [Fact]
    public void Article_retries_need_a_positive_first_wait_a_larger_maximum_and_some_attempts()
    {
        var options = Valid();
        options.Fetching.ArticleRetryFirst = TimeSpan.FromHours(2);
        options.Fetching.ArticleRetryMaximum = TimeSpan.FromHours(1);

        Assert.Contains(Failures(options), f => f.StartsWith("FeedHub:Fetching:ArticleRetryFirst/ArticleRetryMaximum/ArticleAttempts:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mysql", null, "FeedHub:Database:Provider: 'mysql' is not a provider FeedHub has")]
    [InlineData("postgres", null, "FeedHub:Database:ConnectionString: is required with the \"postgres\" provider")]
    [InlineData("postgres", "Host=127.0.0.1;Database=feedhub", null)]
    [InlineData("SQLite", null, null)]
    public void The_database_provider_must_be_one_feedhub_has_and_postgres_needs_a_connection_string(string provider, string? connection, string? failure)
    {
        var options = Valid();
        options.Database = new DatabaseOptions { Provider = provider, ConnectionString = connection };

        var database = Failures(options).Where(f => f.StartsWith("FeedHub:Database", StringComparison.Ordinal)).ToList();

        if (failure is null)
        {
            Assert.Empty(database);
        }
        else
        {
            Assert.StartsWith(failure, Assert.Single(database), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_cluster_check_in_needs_positive_intervals()
    {
        var options = Valid();
        options.Scheduler.CheckinInterval = TimeSpan.Zero;

        Assert.Contains(Failures(options), f => f.StartsWith("FeedHub:Scheduler: CheckinInterval", StringComparison.Ordinal));
    }
}
