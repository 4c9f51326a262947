namespace FeedHub.Configuration;

/// <summary>FeedHub:SiteRules:n: CSS selectors that override the extractor's heuristics for one site (and its subdomains).</summary>
public sealed class SiteRuleOptions
{
    /// <summary>The host the rule is for, such as "news.example.com" or "example.com" (covers its subdomains).</summary>
    public string? Host { get; set; }

    /// <summary>The article's content: every element the selector matches, in page order.</summary>
    public string? Content { get; set; }

    /// <summary>Elements to strip before anything else (share bars, promos the heuristics miss).</summary>
    public List<string> Remove { get; set; } = [];
}
