namespace FeedHub.Core.Publishing;

/// <summary>The media types FeedHub serves its feeds with.</summary>
public static class FeedMediaTypes
{
    public const string Rss = "application/rss+xml; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string JsonFeed = "application/feed+json; charset=utf-8";
}
