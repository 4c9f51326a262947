using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FeedHub.Tests.Telemetry;

/// <summary>
/// With the standard OTEL_EXPORTER_OTLP_ENDPOINT set, the real service (a child process, since the variable is the
/// process's) sends its spans by OTLP: the poll's, named and tagged with its source, and the HTTP client's beneath
/// it. The receiver is a loopback endpoint taking OTLP/HTTP protobuf, whose strings are plain UTF-8 in the bytes.
/// </summary>
public sealed class TracingTests() : LoopbackTest("feedhub-tracing-", Samples.Folder)
{
    private readonly ConcurrentQueue<byte[]> exports = new();

    public override Task InitializeAsync() => StartSiteAsync(app => app.MapPost("/v1/traces", async (HttpContext context) =>
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        exports.Enqueue(body.ToArray());
        return Results.Bytes([], "application/x-protobuf");
    }));

    [Fact]
    public async Task Spans_of_a_poll_are_sent_by_otlp_when_the_endpoint_is_set()
    {
        var config = Path.Combine(Folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            FeedHub = new
            {
                Database = "tracing.db",
                Sources = new[] { new { Id = "traced-city", Url = new Uri(Site.BaseUri, "city-notes.json").AbsoluteUri, Interval = "1.00:00:00" } },
                Feeds = new[] { new { Id = "all", Title = "All" } },
            },
        }));
        var environment = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Site.BaseUri.AbsoluteUri.TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        };

        using var service = FeedHubProcess.Start(Folder, environment, "--config", config, "--urls", $"http://127.0.0.1:{FeedHubProcess.FreePort()}");
        try
        {
            var sent = await Samples.EventuallyAsync(() => Task.FromResult(Encoding.UTF8.GetString([.. exports.SelectMany(b => b)])), s => s.Contains("poll source", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

            Assert.Contains("poll source", sent, StringComparison.Ordinal);
            Assert.Contains("feedhub.source.id", sent, StringComparison.Ordinal);
            Assert.Contains("traced-city", sent, StringComparison.Ordinal);
            Assert.Contains("feedhub.poll.status", sent, StringComparison.Ordinal);
            Assert.Contains("System.Net.Http", sent, StringComparison.Ordinal); // the HTTP client's span, with its scope
            Assert.Contains(new Uri(Site.BaseUri, "city-notes.json").AbsoluteUri, sent, StringComparison.Ordinal);
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }
}
