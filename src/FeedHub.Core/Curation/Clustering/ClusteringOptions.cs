namespace FeedHub.Core.Curation.Clustering;

/// <summary>Thresholds of story clustering (configurable per deployment).</summary>
public sealed record ClusteringOptions
{
    /// <summary>Estimated Jaccard similarity of word 4-shingles above which two texts are the same copy.</summary>
    public double CopyThreshold { get; init; } = 0.5;

    /// <summary>Weighted share of rare facts (names, numbers, quotes) two rewrites must have in common.</summary>
    public double FactThreshold { get; init; } = 0.17;

    /// <summary>How far apart in time two reports of one story may be; similarity fades over this span.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    /// <summary>A fact found in more than this share of stored items is too common to find candidates by.</summary>
    public double CommonFactShare { get; init; } = 0.05;
}
