namespace FeedHub.Core.Telemetry;

/// <summary>What an output cache reports: requests it answered, documents rendered past it, and what it holds.</summary>
public readonly record struct CacheCounts(long Hits, long Misses, long Documents, long Bytes);
