namespace FeedHub.Core.Publishing;

/// <summary>A feed ready to be written in any format: absolute URLs, sanitized HTML, UTC times.</summary>
public sealed record PublishedFeed
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required Uri HomeUrl { get; init; }

    /// <summary>The URL this very document is served at (atom:link rel=self, JSON Feed feed_url).</summary>
    public required Uri SelfUrl { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public string? Language { get; init; }

    /// <summary>The WebSub hubs readers may subscribe at for pushed updates (rel="hub", JSON Feed hubs).</summary>
    public IReadOnlyList<Uri> Hubs { get; init; } = [];

    /// <summary>RFC 5005 archived feeds: the links between a feed and its archive pages, and whether this document is one.</summary>
    public FeedArchiveLinks? Archive { get; init; }
    public IReadOnlyList<PublishedItem> Items { get; init; } = [];
}
