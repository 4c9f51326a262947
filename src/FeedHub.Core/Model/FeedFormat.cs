namespace FeedHub.Core.Model;

/// <summary>The syndication format a document was written in.</summary>
public enum FeedFormat
{
    Rss20,
    Rss10,
    Rss09x,
    Atom10,
    Atom03,
    Json10,
    Json11,

    /// <summary>Microsoft's Channel Definition Format, RSS's 1997 predecessor.</summary>
    Cdf,
}
