using System.Collections.Frozen;

namespace FeedHub.Telemetry;

/// <summary>
/// The labels of a request in <c>feedhub.published.requests</c>, from its path alone (a cache hit is answered before
/// routing): the kind of document, and the configured feed it belongs to. Both sets are bounded whatever clients
/// ask for: a path naming no configured feed gets the feed label "unknown", a path that is no published document the
/// kind "other"; /healthz and /metrics are not published documents and are not counted.
/// </summary>
internal sealed class PublishedDocument
{
    public const string NoFeed = "none";
    public const string UnknownFeed = "unknown";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> feeds;

    public PublishedDocument(IEnumerable<string> feedIds) =>
        feeds = feedIds.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind and feed of a request path (below the PathBase), or null for a path that is not counted.</summary>
    public (string Document, string Feed)? Classify(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path switch
        {
            "/" => ("index", NoFeed),
            "/opml" => ("opml", NoFeed),
            "/healthz" or "/metrics" => null,
            _ when path.StartsWith("/local/", StringComparison.Ordinal) => ("local", NoFeed),
            _ when path.StartsWith("/digests/", StringComparison.Ordinal) => ("digest", Feed(FirstSegment(path.AsSpan("/digests/".Length)))),
            _ when path.StartsWith("/feeds/", StringComparison.Ordinal) => UnderFeeds(path.AsSpan("/feeds/".Length)),
            _ => ("other", NoFeed),
        };
    }

    /// <summary>/feeds/ID.EXT (the feed), /feeds/ID/digest.EXT (its digests) and /feeds/ID/archive/... (its archives).</summary>
    private (string, string) UnderFeeds(ReadOnlySpan<char> rest)
    {
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            var dot = rest.LastIndexOf('.');
            return ("feed", Feed(dot > 0 ? rest[..dot] : rest));
        }

        var after = rest[(slash + 1)..];
        var kind = after.StartsWith("archive/", StringComparison.Ordinal) ? "archive" : after.StartsWith("digest.", StringComparison.Ordinal) ? "digest" : "other";
        return (kind, Feed(rest[..slash]));
    }

    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> rest) => rest.IndexOf('/') is var slash and >= 0 ? rest[..slash] : rest;

    private string Feed(ReadOnlySpan<char> id) => feeds.TryGetValue(id, out var known) ? known : UnknownFeed;
}
