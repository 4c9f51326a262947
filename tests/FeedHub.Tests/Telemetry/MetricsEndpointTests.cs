using FeedHub.Configuration;
using FeedHub.Core.Extraction;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Telemetry;

/// <summary>
/// GET /metrics on the real service (<see cref="MetricsFixture"/>): the Prometheus text format, read strictly, with
/// FeedHub's series counting exactly what the service did, ASP.NET Core's and the runtime's beside them, and no
/// source id among the labels.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MetricsEndpointTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private PrometheusText Metrics => fixture.Metrics;

    [Fact]
    public void Metrics_are_served_in_the_prometheus_text_format() =>
        Assert.StartsWith("text/plain; version=0.0.4", fixture.MetricsContentType, StringComparison.Ordinal);

    [Fact]
    public void Polls_are_counted_by_status()
    {
        Assert.Equal("counter", Metrics.Families["feedhub_polls_total"].Type);
        Assert.Equal(2, Metrics.Sum("feedhub_polls_total", ("status", "ok")));
        Assert.Equal(2, Metrics.Sum("feedhub_polls_total", ("status", "not_modified")));
        Assert.Equal(2, Metrics.Sum("feedhub_polls_total", ("status", "failed")));
        Assert.Equal(2, Metrics.Sum("feedhub_polls_total", ("status", "gone"))); // found gone, then still gone (not fetched)
        Assert.Equal(8, Metrics.Sum("feedhub_polls_total"));
    }

    [Fact]
    public void Downloads_are_timed_and_sized_by_kind_and_result()
    {
        Assert.Equal("histogram", Metrics.Families["feedhub_fetch_duration_seconds"].Type);
        Assert.Equal(2, Metrics.Sum("feedhub_fetch_duration_seconds_count", ("kind", "feed"), ("result", "ok")));
        Assert.Equal(2, Metrics.Sum("feedhub_fetch_duration_seconds_count", ("kind", "feed"), ("result", "not_modified")));
        Assert.Equal(3, Metrics.Sum("feedhub_fetch_duration_seconds_count", ("kind", "feed"), ("result", "failed"))); // 404 twice, 410 once
        Assert.Equal(3, Metrics.Sum("feedhub_fetch_duration_seconds_count", ("kind", "article"), ("result", "ok")));
        Assert.InRange(Metrics.Sum("feedhub_fetch_duration_seconds_sum", ("kind", "feed")), 1e-6, 60);
        Assert.Equal(2, Metrics.Sum("feedhub_fetch_bytes_count", ("kind", "feed")));
        Assert.Equal(fixture.FeedBytes, Metrics.Sum("feedhub_fetch_bytes_sum", ("kind", "feed")));
    }

    [Fact]
    public void Entries_stored_and_articles_extracted_are_counted()
    {
        Assert.Equal(6, Metrics.Sum("feedhub_entries_stored_total", ("change", "new")));
        Assert.Equal(0, Metrics.Sum("feedhub_entries_stored_total", ("change", "updated")));
        var extractions = Metrics.Samples("feedhub_extractions_total").ToList();
        Assert.Equal(3, extractions.Sum(s => s.Value));
        Assert.All(extractions, s => Assert.Equal("extracted", s.Labels["result"]));
        Assert.All(extractions, s => Assert.Contains(s.Labels["path"], ExtractionPaths.All));
    }

    [Fact]
    public void Published_requests_are_counted_by_feed_and_status_cache_hits_included()
    {
        Assert.Equal(1, Metrics.Sum("feedhub_published_requests_total", ("document", "feed"), ("feed", "news"), ("http_response_status_code", "200")));
        Assert.Equal(1, Metrics.Sum("feedhub_published_requests_total", ("document", "feed"), ("feed", "news"), ("http_response_status_code", "304")));
        Assert.Equal(1, Metrics.Sum("feedhub_published_requests_total", ("document", "feed"), ("feed", "unknown"), ("http_response_status_code", "404")));
        Assert.Equal(3, Metrics.Sum("feedhub_published_requests_total")); // /healthz and /metrics are not published documents
        Assert.Equal(1, Metrics.Sum("feedhub_output_cache_hits_total")); // the 304, answered before routing
        Assert.Equal(1, Metrics.Sum("feedhub_output_cache_misses_total")); // the first render
        Assert.Equal(1, Metrics.Sum("feedhub_output_cache_documents"));
        Assert.True(Metrics.Sum("feedhub_output_cache_size_bytes") > 0);
    }

    [Fact]
    public void Scheduler_lag_is_recorded_for_each_scheduled_poll()
    {
        Assert.Equal("histogram", Metrics.Families["feedhub_scheduler_lag_seconds"].Type);
        Assert.Equal(4, Metrics.Sum("feedhub_scheduler_lag_seconds_count", ("job", "poll"))); // the four scheduled polls, not the ones by hand
        Assert.InRange(Metrics.Sum("feedhub_scheduler_lag_seconds_sum", ("job", "poll")), 0, 60);
    }

    [Fact]
    public void No_source_id_is_a_label_and_every_instrument_has_help()
    {
        var values = Metrics.Families.Values.SelectMany(f => f.Samples).SelectMany(s => s.Labels.Values).ToHashSet();

        Assert.Empty(values.Intersect(MetricsFixture.SourceIds));
        Assert.All(Metrics.Families.Values.Where(f => f.Name.StartsWith("feedhub_", StringComparison.Ordinal)), f => Assert.False(string.IsNullOrEmpty(f.Help), f.Name));
    }

    [Fact]
    public void Asp_net_core_and_runtime_meters_are_exported_too()
    {
        Assert.Equal("histogram", Metrics.Families["http_server_request_duration_seconds"].Type);
        Assert.Contains(Metrics.Families.Keys, name => name.StartsWith("dotnet_gc_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_scrape_is_current_and_whatever_the_host_header()
    {
        var before = (await fixture.ScrapeAsync()).Sum("feedhub_published_requests_total", ("document", "index"));
        using var index = await fixture.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Host = "somewhere.else.example";
        using var response = await fixture.Client.SendAsync(scrape);
        var after = PrometheusText.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(before + 1, after.Sum("feedhub_published_requests_total", ("document", "index")));
        Assert.NotEqual(true, response.Headers.CacheControl?.Public); // not a published document: no shared cache may keep it
    }

    [Fact]
    public async Task Another_hosts_polls_in_the_same_process_are_not_counted()
    {
        var polled = (await fixture.ScrapeAsync()).Sum("feedhub_polls_total");
        var folder = Directory.CreateTempSubdirectory("feedhub-metrics-other-").FullName;
        try
        {
            await using (var other = PipelineServices.Build(folder, new Dictionary<string, string?>
            {
                ["FeedHub:Database"] = Path.Combine(folder, "other.db"),
                ["FeedHub:Sources:0:Id"] = "other",
                ["FeedHub:Sources:0:Path"] = Path.Combine(Samples.Folder, "city-notes.json"),
            }))
            {
                await other.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
                var outcome = await other.GetRequiredService<PollPipeline>().PollAsync(other.GetRequiredService<FeedHubCatalog>().Sources.Single(), CancellationToken.None);
                Assert.Equal(PollStatus.Updated, outcome.Status);

                Assert.Equal(polled, (await fixture.ScrapeAsync()).Sum("feedhub_polls_total"));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
