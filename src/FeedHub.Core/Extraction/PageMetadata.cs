namespace FeedHub.Core.Extraction;

/// <summary>What a page says about its article, before any content is chosen.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Image { get; init; }
    public string? Excerpt { get; init; }
    public string? JsonLdBody { get; init; }

    /// <summary>The page's rel=canonical address (absolute http or https), when it names one.</summary>
    public string? Canonical { get; init; }
}
