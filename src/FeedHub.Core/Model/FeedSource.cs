namespace FeedHub.Core.Model;

/// <summary>The feed an item came from when it was republished: its title and its URL (either may be missing).</summary>
public sealed record FeedSource(string? Title, string? Url);
