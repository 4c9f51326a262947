using FeedHub.Core.Telemetry;

namespace FeedHub.Core.Fetching;

/// <summary>
/// Downloads an article page as text. Its HttpClient connects only to public addresses unless the operator
/// allowed private networks; file links are read only when the caller says the source itself is a local file.
/// Each download is timed (<see cref="FeedHubMetrics.Fetch"/>, kind article); a link refused before any download is not.
/// </summary>
public sealed class ArticleFetcher(HttpClient client, FetchOptions options, FeedHubMetrics metrics, TimeProvider time)
{
    private const string Accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public async Task<(string Html, Uri FinalUri)> FetchAsync(Uri url, bool allowFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        FetchResult result;
        if (url.IsFile)
        {
            result = allowFiles
                ? await MeasuredAsync(() => LocalFile.ReadAsync(url, null, options.MaxArticleBytes, cancellationToken), cancellationToken).ConfigureAwait(false)
                : throw new FetchException($"refused to read the local file {url.LocalPath}: only local sources may link to files") { Refused = true };
        }
        else if (url.Scheme is "http" or "https")
        {
            result = await MeasuredAsync(() => HttpDownload.GetAsync(client, new FetchRequest(url), Accept, options.MaxArticleBytes, options.Timeout, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new FetchException($"refused to fetch {url.Scheme}: links; only http and https are followed") { Refused = true };
        }

        return (PageDecoder.Decode(result.Body, Text.HtmlText.CharsetOf(result.ContentType)), result.FinalUri);
    }

    private Task<FetchResult> MeasuredAsync(Func<Task<FetchResult>> download, CancellationToken cancellationToken) =>
        MeasuredFetch.RunAsync(download, "article", metrics, time, cancellationToken);
}
