namespace FeedHub.Core.Subscribing;

/// <summary>
/// What an address led to: the page (or the feed itself) where it answered, the page's title when it was a web page,
/// the feeds found in the order the page lists them, and each candidate tried that was not a feed, in words.
/// </summary>
public sealed record Discovery(Uri Address, string? PageTitle, IReadOnlyList<DiscoveredFeed> Feeds, IReadOnlyList<string> Misses)
{
    /// <summary>Whether the address was a feed itself rather than a page that names one.</summary>
    public bool WasFeed => PageTitle is null && Feeds.Count == 1 && Feeds[0].Url == Address;
}
