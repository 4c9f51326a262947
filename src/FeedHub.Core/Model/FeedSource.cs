namespace FeedHub.Core.Model;

/// <summary>The feed an item came from when it was republished: its title and its URL (either may be missing).</summary>
public sealed record FeedSource(string? Title, string? Url)
{
    /// <summary>The source with this title and URL, or null when both are missing (a source element that says nothing).</summary>
    public static FeedSource? Of(string? title, string? url) => title is null && url is null ? null : new FeedSource(title, url);
}
