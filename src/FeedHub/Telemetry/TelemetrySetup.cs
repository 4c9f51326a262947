using System.Diagnostics.Metrics;
using FeedHub.Core.Telemetry;
using FeedHub.Endpoints;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FeedHub.Telemetry;

/// <summary>
/// The service's metrics and traces, through the OpenTelemetry SDK.
/// <list type="bullet">
/// <item>Metrics (FeedHub:Metrics:Enabled, on by default): FeedHub's own meter (<see cref="FeedHubMetrics"/>),
/// ASP.NET Core's and Kestrel's, and the runtime's (built into .NET, so no instrumentation package is needed),
/// served at GET /metrics in the Prometheus text format by OpenTelemetry.Exporter.Prometheus.AspNetCore. That
/// exporter is chosen over prometheus-net because FeedHub's instruments are plain System.Diagnostics.Metrics: the
/// same SDK then also carries the traces to OTLP, the names and units are translated to Prometheus by the
/// OpenTelemetry specification's rules, and nothing of the code depends on the exporter. Its only release is a
/// beta, so it is pinned (Directory.Packages.props) and the tests parse its output.</item>
/// <item>Traces only when the standard OTEL_EXPORTER_OTLP_ENDPOINT is set: FeedHub's spans (a poll, an article) and
/// the HTTP client's beneath them, sent by OTLP (OTEL_EXPORTER_OTLP_PROTOCOL and the other standard variables
/// apply). Unset, no span is even made.</item>
/// </list>
/// </summary>
internal static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static readonly string[] Meters = [FeedHubMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime"];

    private static readonly string[] TraceSources = [FeedHubActivities.SourceName, "System.Net.Http"];

    /// <summary>FeedHub:Metrics:Enabled, read before the host is built (a value that is not true or false stops the start at the configuration check).</summary>
    public static bool MetricsEnabled(IConfiguration configuration) =>
        !bool.TryParse(configuration[$"{Configuration.FeedHubOptions.Section}:Metrics:Enabled"], out var enabled) || enabled;

    public static IServiceCollection AddFeedHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var metrics = MetricsEnabled(configuration);
        var traces = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        if (!metrics && !traces)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
        {
            telemetry.ConfigureResource(resource => resource.AddService("feedhub"));
        }

        if (metrics)
        {
            telemetry.WithMetrics(builder => builder
                .AddMeter(Meters)
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0)); // each scrape sees the counts as they are
            services.ConfigureOpenTelemetryMeterProvider((provider, builder) => builder.AddView(OwnInstrumentsOnly(provider.GetRequiredService<IMeterFactory>())));
        }

        if (traces)
        {
            telemetry.WithTracing(builder => builder.AddSource(TraceSources).AddOtlpExporter());
        }

        return services;
    }

    /// <summary>
    /// /metrics and the count of published requests, first in the pipeline: the scrape is answered before the output
    /// cache, the forwarded headers and the public address come into it; and the output cache's counts are observed.
    /// </summary>
    public static WebApplication UseFeedHubMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!MetricsEnabled(app.Configuration))
        {
            return app;
        }

        app.Services.GetRequiredService<FeedHubMetrics>().ObserveOutputCache(app.Services.GetRequiredService<OutputCache>().Counts);
        app.UseOpenTelemetryPrometheusScrapingEndpoint(MetricsPath);
        app.UsePublishedRequestCounting();
        return app;
    }

    /// <summary>
    /// A meter made by another host's meter factory is not this host's (several hosts in one process: the tests, or
    /// a command that starts the service within itself); the SDK listens by meter name alone, so without this view
    /// /metrics would add up every host's polls.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OwnInstrumentsOnly(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null;
}
