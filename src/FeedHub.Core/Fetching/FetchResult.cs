namespace FeedHub.Core.Fetching;

/// <summary>The outcome of a fetch that reached the server: new content, or "not modified" with no body.</summary>
public sealed record FetchResult
{
    public required bool NotModified { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? ContentType { get; init; }
    public required Uri FinalUri { get; init; }

    /// <summary>How long the server asked us to wait before the next request (Cache-Control max-age, Retry-After).</summary>
    public TimeSpan? MinimumDelay { get; init; }
}
