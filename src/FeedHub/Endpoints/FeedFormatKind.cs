using FeedHub.Core.Publishing;

namespace FeedHub.Endpoints;

/// <summary>The three formats every curated feed is served in, by file extension.</summary>
internal sealed record FeedFormatKind(string Extension, string MediaType, Func<PublishedFeed, byte[]> Write)
{
    public static readonly FeedFormatKind Rss = new("rss", FeedMediaTypes.Rss, RssWriter.Write);
    public static readonly FeedFormatKind Atom = new("atom", FeedMediaTypes.Atom, AtomWriter.Write);
    public static readonly FeedFormatKind Json = new("json", FeedMediaTypes.JsonFeed, JsonFeedWriter.Write);
    public static readonly IReadOnlyList<FeedFormatKind> All = [Rss, Atom, Json];

    public static FeedFormatKind? FromExtension(string extension) =>
        All.FirstOrDefault(f => f.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));
}
