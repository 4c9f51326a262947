namespace FeedHub.Core.Extraction;

/// <summary>What a page says about its article, before any content is chosen.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    /// <summary>The credit line as the page words it ("By Jane Doe").</summary>
    public string? Byline { get; init; }

    /// <summary>The author's name or names, cleaned of the credit line's words, job title and date ("Jane Doe").</summary>
    public string? Author { get; init; }

    public string? SiteName { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Image { get; init; }
    public string? Excerpt { get; init; }
    public string? JsonLdBody { get; init; }

    /// <summary>The page's rel=canonical address (absolute http or https), when it names one.</summary>
    public string? Canonical { get; init; }
}
