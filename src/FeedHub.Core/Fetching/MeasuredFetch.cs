using FeedHub.Core.Telemetry;

namespace FeedHub.Core.Fetching;

/// <summary>Times one download for <see cref="FeedHubMetrics.Fetch"/>: ok with its body size, not modified, or failed; a download cancelled by shutdown is not counted.</summary>
internal static class MeasuredFetch
{
    public static async Task<FetchResult> RunAsync(Func<Task<FetchResult>> download, string kind, FeedHubMetrics metrics, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var result = await download().ConfigureAwait(false);
            metrics.Fetch(kind, result.NotModified ? FetchResults.NotModified : FetchResults.Ok, time.GetElapsedTime(started), result.Body.Length);
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.Fetch(kind, FetchResults.Failed, time.GetElapsedTime(started), 0);
            throw;
        }
    }
}
