namespace FeedHub.Configuration;

/// <summary>One entry of FeedHub:Sources.</summary>
public sealed class SourceOptions
{
    public string? Id { get; set; }
    public string? Title { get; set; }

    /// <summary>An absolute http(s) URL; give either this or Path.</summary>
    public string? Url { get; set; }

    /// <summary>A local file; relative to the root directory.</summary>
    public string? Path { get; set; }

    /// <summary>The source's website (OPML's htmlUrl), for export; when unset, the site the feed itself names.</summary>
    public string? SiteUrl { get; set; }
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);
    public List<string> Tags { get; set; } = [];
    public bool FullText { get; set; } = true;

    /// <summary>Poll as often as the source publishes (seven days over last week's entries), within FeedHub:Fetching's Minimum/MaximumInterval.</summary>
    public bool Adaptive { get; set; }
    public Dictionary<string, string> Headers { get; set; } = [];
}
