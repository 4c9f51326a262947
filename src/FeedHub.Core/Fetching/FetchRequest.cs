namespace FeedHub.Core.Fetching;

/// <summary>A conditional request for a source: the validators from the last successful fetch go with it.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, IReadOnlyDictionary<string, string>? Headers = null);
