namespace FeedHub.Configuration;

/// <summary>FeedHub:Clustering: when reports from several outlets count as one story (see docs/configuration.md).</summary>
public sealed class ClusteringSettings
{
    /// <summary>Estimated text overlap (0..1) from which two reports are the same copy (wire stories, press releases).</summary>
    public double CopyThreshold { get; set; } = 0.5;

    /// <summary>Weighted share (0..1) of rare facts (names, amounts, quotes) two rewrites must share.</summary>
    public double FactThreshold { get; set; } = 0.17;

    /// <summary>How far apart two reports of one story may be.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(3);
}
