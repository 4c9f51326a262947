using System.Net;
using System.Security.Authentication;

namespace FeedHub.Core.Fetching;

/// <summary>
/// One bounded HTTP GET: conditional headers, redirects followed here (at most <see cref="MaxRedirects"/>, so a poll
/// knows whether every hop was permanent), a total timeout, a byte limit, and every failure a
/// <see cref="FetchException"/> with a reason an operator can read, never an exception of the network stack.
/// </summary>
internal static class HttpDownload
{
    /// <summary>The most redirects one download follows (Miniflux and browsers allow more; a feed needs none).</summary>
    public const int MaxRedirects = 5;

    public static async Task<FetchResult> GetAsync(HttpClient client, FetchRequest request, string accept, long maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var url = request.Url;
        var permanent = true;
        try
        {
            for (var hops = 0; ; hops++)
            {
                using var message = BuildRequest(request, url, accept);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
                if (RedirectTarget(response, url) is not { } next)
                {
                    var result = await ReadAsync(response, url, maxBytes, timeoutSource.Token).ConfigureAwait(false);
                    return hops > 0 && permanent ? result with { PermanentRedirect = url } : result;
                }

                if (hops == MaxRedirects)
                {
                    throw new FetchException($"more than {MaxRedirects} redirects from {request.Url} (the last to {next})");
                }

                permanent &= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
                url = next;
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"no complete response from {url.Host} within {timeout.TotalSeconds:0} s", null, e);
        }
        catch (Exception e) when (e is not FetchException && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(Describe(e, url), null, e) { Refused = Innermost(e) is FetchException { Refused: true } };
        }
    }

    /// <summary>Where a redirect points (resolved against the address that sent it), or null when the response is not one.</summary>
    private static Uri? RedirectTarget(HttpResponseMessage response, Uri from)
    {
        if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308))
        {
            return null;
        }

        var location = response.Headers.Location
            ?? throw new FetchException($"HTTP {(int)response.StatusCode} from {from} without a Location to go to");
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        return target.Scheme is "http" or "https"
            ? target
            : throw new FetchException($"{from} redirects to a {target.Scheme}: address; only http and https are followed");
    }

    /// <summary>The exception that says what happened: the innermost, or the first FeedHub's own (the connect guard's, wrapped by the handler).</summary>
    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null && e is not FetchException)
        {
            e = e.InnerException;
        }

        return e;
    }

    /// <summary>
    /// A failure of the network stack in words: the innermost exception says what happened (a reset, a TLS error, a
    /// corrupt compressed body); the resilience pipeline's own rejections (an open circuit, its timeout) by their kind.
    /// </summary>
    private static string Describe(Exception e, Uri url)
    {
        var innermost = Innermost(e);
        return innermost switch
        {
            FetchException refused => refused.Message, // the connect guard's refusal, wrapped by the handler
            AuthenticationException tls => $"TLS with {url.Host} failed: {tls.Message}",
            InvalidDataException data => $"the response from {url.Host} is not valid for its Content-Encoding: {data.Message}",
            _ when e.GetType().Name == "BrokenCircuitException" => $"requests to {url.Host} are paused after repeated failures (circuit open)",
            _ when e.GetType().Name == "TimeoutRejectedException" => $"no complete response from {url.Host} in time",
            IOException io => $"the connection to {url.Host} failed: {io.Message}",
            _ => $"request to {url.Host} failed: {innermost.Message}",
        };
    }

    private static HttpRequestMessage BuildRequest(FetchRequest request, Uri url, string accept)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", accept);
        if (request.ETag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (request.LastModified is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }

        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    private static async Task<FetchResult> ReadAsync(HttpResponseMessage response, Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult { NotModified = true, FinalUri = url, ETag = response.Headers.ETag?.ToString(), Freshness = Freshness(response) };
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {url}", RetryAfter(response)) { Status = (int)response.StatusCode };
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var body = await LimitedBody.ReadAsync(stream, maxBytes, response.Content.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
        return new FetchResult
        {
            NotModified = false,
            Body = body,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            ContentType = response.Content.Headers.ContentType?.ToString(),
            FinalUri = url,
            Freshness = Freshness(response),
        };
    }

    /// <summary>
    /// How long the response says it stays fresh: Cache-Control max-age, else Expires counted from the response's own
    /// Date (RFC 9111 §4.2.1); null when it says neither or says no-cache.
    /// </summary>
    private static TimeSpan? Freshness(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        if (cacheControl is { NoCache: true } or { NoStore: true })
        {
            return null;
        }

        if (cacheControl?.MaxAge is { } maxAge)
        {
            return maxAge;
        }

        return response.Content.Headers.Expires is { } expires && expires - ServerNow(response) is { Ticks: > 0 } left ? left : null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        // An HTTP date counts from the response's own Date (the server's clock, as RFC 9110 means it), else from ours.
        return retryAfter?.Date is { } date ? date - ServerNow(response) : null;
    }

    private static DateTimeOffset ServerNow(HttpResponseMessage response) => response.Headers.Date ?? TimeProvider.System.GetUtcNow();
}
