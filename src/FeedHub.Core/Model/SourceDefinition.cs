namespace FeedHub.Core.Model;

/// <summary>A configured source feed: where it lives and how it is polled.</summary>
public sealed record SourceDefinition
{
    public required string Id { get; init; }

    /// <summary>A display name for the source; readers see it as the item's source.</summary>
    public string? Title { get; init; }

    /// <summary>An absolute http(s) URL, or a file URI for a local file.</summary>
    public required Uri Location { get; init; }
    public required TimeSpan Interval { get; init; }

    /// <summary>The source's website as configured; null when the operator gave none (the feed's own link is used).</summary>
    public Uri? SiteUrl { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool FullText { get; init; } = true;

    /// <summary>Whether the interval follows how often the source publishes (see Pipeline.Polling.PollPlanner), within the polling limits.</summary>
    public bool Adaptive { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public bool IsLocalFile => Location.IsFile;
}
