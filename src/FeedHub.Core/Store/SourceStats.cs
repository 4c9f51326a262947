namespace FeedHub.Core.Store;

/// <summary>What a source has given: its stored entries, how many carry an extracted article, and how many articles failed or were rejected.</summary>
public sealed record SourceStats(string SourceId, int Entries, int Extracted, int NotExtracted);
