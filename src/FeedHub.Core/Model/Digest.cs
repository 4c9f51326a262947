namespace FeedHub.Core.Model;

/// <summary>A digest of one curated feed over one time window: its stories ranked by coverage, then recency.</summary>
public sealed record Digest(string FeedId, string FeedTitle, string Id, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<DigestStory> Stories);

/// <summary>
/// One story of a digest: its title and link, who reported it, its most central sentences and reading time, and
/// the section it is listed under when the digest is grouped by source or tag, its lead image and its language.
/// </summary>
public sealed record DigestStory(string Title, string? Link, IReadOnlyList<DigestSource> Sources, IReadOnlyList<string> Summary, int ReadingMinutes, DateTimeOffset Time)
{
    public string? Section { get; init; }

    /// <summary>The lead report's image (absolute URL), else the first other report's; null when none has one.</summary>
    public string? Image { get; init; }

    /// <summary>The lead report's language tag ("de-CH"), when known.</summary>
    public string? Language { get; init; }
}

/// <summary>One outlet's report of a digest story: the outlet, its report's link, and the outlet's own site when its feed names one.</summary>
public sealed record DigestSource(string Title, string? Link, DateTimeOffset FirstSeen)
{
    public string? Site { get; init; }
}
