
namespace FeedHub.Core.Curation;

/// <summary>A configured curated feed: which sources it draws from and which entries it keeps.</summary>
public sealed record CuratedFeedDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Which entries of its sources the feed keeps (include rules with all/any, exclude rules).</summary>
    public Curation.Rules.CurationRules Rules { get; init; } = Curation.Rules.CurationRules.KeepAll;
    public int MaxItems { get; init; } = 50;

    /// <summary>Newest first (the default), or stories covered by more sources first, then newest.</summary>
    public bool RankByCoverage { get; init; }

    /// <summary>When the feed's digests are cut; null when it has none.</summary>
    public Model.DigestSchedule? Digest { get; init; }
}
