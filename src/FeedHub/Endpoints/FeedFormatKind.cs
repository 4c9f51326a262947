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

    /// <summary>A file name of the form NAME.EXTENSION ("news.rss", "2026-11.atom") split into its name and format; null when the extension is none of the three.</summary>
    public static (string Name, FeedFormatKind Format)? Split(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var dot = file.LastIndexOf('.');
        return dot > 0 && FromExtension(file[(dot + 1)..]) is { } format ? (file[..dot], format) : null;
    }
}
