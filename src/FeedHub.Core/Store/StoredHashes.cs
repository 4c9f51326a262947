
namespace FeedHub.Core.Store;

/// <summary>What a poll compares a stored entry by: its content hash, and the fingerprint of the bytes it was read from (null before they were recorded).</summary>
public sealed record StoredHashes(string ContentHash, string? SourceFingerprint);
