using FeedHub.Core.Model;

namespace FeedHub.Core.Subscribing;

/// <summary>A feed found for an address: where it answered (after redirects) and what it holds.</summary>
public sealed record DiscoveredFeed(Uri Url, ParsedFeed Feed);
