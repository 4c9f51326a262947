using System.Diagnostics;

namespace FeedHub.Core.Telemetry;

/// <summary>
/// FeedHub's spans, on the "FeedHub" activity source: one per poll and one per article settled. Without a listener
/// (the service adds one only when OTEL_EXPORTER_OTLP_ENDPOINT is set) no span is made at all. The source is static,
/// as .NET intends activity sources to be: listeners choose them by name, and it holds no state of its own.
/// </summary>
public static class FeedHubActivities
{
    public const string SourceName = "FeedHub";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartPoll(string sourceId) =>
        Source.StartActivity("poll source")?.SetTag("feedhub.source.id", sourceId);

    public static Activity? StartExtraction(string sourceId, Uri url) =>
        Source.StartActivity("extract article")?.SetTag("feedhub.source.id", sourceId).SetTag("url.full", url?.AbsoluteUri);
}
