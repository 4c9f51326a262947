namespace FeedHub.Tests.Support;

/// <summary>A metric family of the Prometheus text format: its TYPE and HELP lines and its samples, in order.</summary>
public sealed class MetricFamily(string name, string type)
{
    public string Name { get; } = name;

    /// <summary>counter, gauge, histogram, summary or untyped (set by a TYPE line that follows the HELP line).</summary>
    public string Type { get; set; } = type;

    public string? Help { get; set; }

    public List<MetricSample> Samples { get; } = [];
}
