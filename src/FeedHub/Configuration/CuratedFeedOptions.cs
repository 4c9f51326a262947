namespace FeedHub.Configuration;

/// <summary>One entry of FeedHub:Feeds: a curated feed published at /feeds/{Id}.rss, .atom and .json.</summary>
public sealed class CuratedFeedOptions
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string> Sources { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public List<string> Include { get; set; } = [];
    public List<string> Exclude { get; set; } = [];
    public int MaxItems { get; set; } = 50;
}
