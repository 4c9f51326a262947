namespace FeedHub.Tests.Support;

/// <summary>One sample line of the Prometheus text format: a series (name and labels) and its value.</summary>
public sealed record MetricSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>Whether the sample has every one of these labels with these values (it may have more).</summary>
    public bool Has(params (string Label, string Value)[] labels) =>
        labels.All(l => Labels.TryGetValue(l.Label, out var value) && value == l.Value);
}
