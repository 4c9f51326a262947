namespace FeedHub.Configuration;

/// <summary>FeedHub:Metrics: whether the service measures itself and answers GET /metrics (see docs/configuration.md).</summary>
public sealed class MetricsOptions
{
    /// <summary>Serve /metrics in the Prometheus text format; off, nothing is measured and /metrics is not found.</summary>
    public bool Enabled { get; set; } = true;
}
