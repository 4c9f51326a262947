using FeedHub.Core.Telemetry;

namespace FeedHub.Core.Fetching;

/// <summary>
/// Fetches a source document: over HTTP with conditional GET (a 304 returns no body), politely (one host's feeds
/// wait their turn at <see cref="HostGates.Feeds"/>), or from a local file, where the file's size and modification
/// time stand in for an ETag so an unchanged file is "not modified" too. Each download is timed
/// (<see cref="FeedHubMetrics.Fetch"/>, kind feed) once it is the host's turn.
/// </summary>
public sealed class FeedFetcher(HttpClient client, FetchOptions options, HostGates gates, FeedHubMetrics metrics, TimeProvider time)
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url.IsFile)
        {
            return await MeasuredAsync(() => LocalFile.ReadAsync(request.Url, request.ETag, options.MaxFeedBytes, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        using (await gates.Feeds.EnterAsync(request.Url, cancellationToken).ConfigureAwait(false))
        {
            return await MeasuredAsync(() => HttpDownload.GetAsync(client, request, Accept, options.MaxFeedBytes, options.Timeout, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<FetchResult> MeasuredAsync(Func<Task<FetchResult>> download, CancellationToken cancellationToken) =>
        MeasuredFetch.RunAsync(download, "feed", metrics, time, cancellationToken);
}
