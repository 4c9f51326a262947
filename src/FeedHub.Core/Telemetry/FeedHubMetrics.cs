using System.Diagnostics.Metrics;

namespace FeedHub.Core.Telemetry;

/// <summary>
/// FeedHub's instruments, on the "FeedHub" meter (System.Diagnostics.Metrics, so any listener can read them; the
/// service exports them at /metrics). Names follow the OpenTelemetry conventions: dotted, units in UCUM, durations in
/// seconds. Every label has a bounded set of values: a source's id is never one (an install with 10,000 sources would
/// get 10,000 series per instrument); a curated feed's id is, since there are only as many as the operator
/// configured. Created through <see cref="IMeterFactory"/>, so each host (and each test's) has its own meter.
/// </summary>
public sealed class FeedHubMetrics
{
    public const string MeterName = "FeedHub";

    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    private static readonly long[] ByteBuckets = [1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216];
    private static readonly double[] LagBuckets = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900];

    private readonly Meter meter;
    private readonly Counter<long> polls;
    private readonly Histogram<double> fetchDuration;
    private readonly Histogram<long> fetchBytes;
    private readonly Counter<long> entriesStored;
    private readonly Counter<long> extractions;
    private readonly Counter<long> publishedRequests;
    private readonly Histogram<double> schedulerLag;

    public FeedHubMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        meter = meterFactory.Create(MeterName);
        polls = meter.CreateCounter<long>("feedhub.polls", "{poll}", "Source polls by how they ended (status: ok, not_modified, failed, gone)");
        fetchDuration = meter.CreateHistogram("feedhub.fetch.duration", "s", "Time to download a feed or an article page, after waiting for the host's turn (kind: feed, article; result: ok, not_modified, failed)", null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        fetchBytes = meter.CreateHistogram("feedhub.fetch.bytes", "By", "Body size of each downloaded feed or article page (kind: feed, article)", null,
            new InstrumentAdvice<long> { HistogramBucketBoundaries = ByteBuckets });
        entriesStored = meter.CreateCounter<long>("feedhub.entries.stored", "{entry}", "Entries stored by polls (change: new, updated)");
        extractions = meter.CreateCounter<long>("feedhub.extractions", "{article}", "Articles settled by the article job (path: what found the text, cache when an earlier result was reused, none; result: extracted, kept_feed_content, refused, failed, skipped)");
        publishedRequests = meter.CreateCounter<long>("feedhub.published.requests", "{request}", "Requests for published documents, cache hits included (document: feed, digest, archive, index, opml, local, other; feed: a configured feed's id, unknown, none)");
        schedulerLag = meter.CreateHistogram("feedhub.scheduler.lag", "s", "How late a scheduled job started: its actual fire time minus its scheduled fire time (job: poll, digest)", null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });
    }

    public void Poll(string status) => polls.Add(1, new KeyValuePair<string, object?>("status", status));

    /// <summary>One download: its duration always, its body size when it brought one (<paramref name="result"/> ok).</summary>
    public void Fetch(string kind, string result, TimeSpan duration, long bytes)
    {
        fetchDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("result", result));
        if (result == FetchResults.Ok)
        {
            fetchBytes.Record(bytes, new KeyValuePair<string, object?>("kind", kind));
        }
    }

    public void EntriesStored(int newEntries, int updatedEntries)
    {
        if (newEntries > 0)
        {
            entriesStored.Add(newEntries, new KeyValuePair<string, object?>("change", "new"));
        }

        if (updatedEntries > 0)
        {
            entriesStored.Add(updatedEntries, new KeyValuePair<string, object?>("change", "updated"));
        }
    }

    public void Extraction(string path, string result) =>
        extractions.Add(1, new KeyValuePair<string, object?>("path", path), new KeyValuePair<string, object?>("result", result));

    public void PublishedRequest(string document, string feed, int statusCode) =>
        publishedRequests.Add(1, new KeyValuePair<string, object?>("document", document), new KeyValuePair<string, object?>("feed", feed), new KeyValuePair<string, object?>("http.response.status_code", statusCode));

    /// <summary>How late a job started; a job started early (clocks) counts as on time.</summary>
    public void SchedulerLag(string job, TimeSpan lag) =>
        schedulerLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("job", job));

    /// <summary>Reports the output cache's counts, read at each collection (nothing is added on the serving path).</summary>
    public void ObserveOutputCache(Func<CacheCounts> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        meter.CreateObservableCounter("feedhub.output_cache.hits", () => read().Hits, "{request}", "Requests answered from the output cache");
        meter.CreateObservableCounter("feedhub.output_cache.misses", () => read().Misses, "{request}", "Published documents answered by their endpoint (rendered, or read from the store) because the output cache had no current copy");
        meter.CreateObservableUpDownCounter("feedhub.output_cache.documents", () => read().Documents, "{document}", "Documents the output cache holds");
        meter.CreateObservableUpDownCounter("feedhub.output_cache.size", () => read().Bytes, "By", "Memory the output cache's documents hold, compressed forms included");
    }
}
