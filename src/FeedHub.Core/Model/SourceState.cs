namespace FeedHub.Core.Model;

/// <summary>What FeedHub remembers about polling one source between runs.</summary>
public sealed record SourceState
{
    public required string SourceId { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastPolled { get; init; }
    public DateTimeOffset? NextDue { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? Title { get; init; }
}
