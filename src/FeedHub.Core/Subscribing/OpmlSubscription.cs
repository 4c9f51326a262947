namespace FeedHub.Core.Subscribing;

/// <summary>
/// One subscription read from an OPML file, as written there: the feed's address, its name, its site, and its tags
/// (the names of the folders it sits in, outermost first, then its own category attribute).
/// </summary>
public sealed record OpmlSubscription(string XmlUrl, string? Title, string? HtmlUrl, IReadOnlyList<string> Tags);
