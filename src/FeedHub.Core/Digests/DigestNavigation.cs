namespace FeedHub.Core.Digests;

/// <summary>Where a digest page leads: the feed's digest list, the index, and the digests cut before and after it.</summary>
public sealed record DigestNavigation(string ListUrl, string IndexUrl)
{
    /// <summary>The digest cut before this one, when there is one.</summary>
    public DigestLink? Previous { get; init; }

    /// <summary>The digest cut after this one, when there is one.</summary>
    public DigestLink? Next { get; init; }
}
