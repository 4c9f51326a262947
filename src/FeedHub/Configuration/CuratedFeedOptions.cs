
namespace FeedHub.Configuration;

/// <summary>One entry of FeedHub:Feeds: a curated feed published at /feeds/{Id}.rss, .atom and .json.</summary>
public sealed class CuratedFeedOptions
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    /// <summary>Shorthand: keep entries containing any of these phrases (in title, content or categories).</summary>
    public List<string> Include { get; set; } = [];

    /// <summary>Shorthand: drop entries containing any of these phrases.</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>How include rules combine: "any" (default) or "all". Exclude rules always drop.</summary>
    public string Match { get; set; } = "any";

    public List<RuleOptions> Rules { get; set; } = [];

    /// <summary>The feed's digest schedule; without one the feed has no digests.</summary>
    public DigestOptions? Digest { get; set; }
    public int MaxItems { get; set; } = 50;

    /// <summary>"newest" (default) or "coverage": stories covered by more sources first, then newest.</summary>
    public string Order { get; set; } = "newest";
}
