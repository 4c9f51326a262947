namespace FeedHub.Core.Model;

/// <summary>A digest of one curated feed over one time window: its stories ranked by coverage, then recency.</summary>
public sealed record Digest(string FeedId, string FeedTitle, string Id, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<DigestStory> Stories);

/// <summary>
/// One story of a digest: its title and link, who reported it, its most central sentences and reading time, and
/// the section it is listed under when the digest is grouped by source or tag.
/// </summary>
public sealed record DigestStory(string Title, string? Link, IReadOnlyList<DigestSource> Sources, IReadOnlyList<string> Summary, int ReadingMinutes, DateTimeOffset Time)
{
    public string? Section { get; init; }
}

/// <summary>One outlet's report of a digest story.</summary>
public sealed record DigestSource(string Title, string? Link, DateTimeOffset FirstSeen);
