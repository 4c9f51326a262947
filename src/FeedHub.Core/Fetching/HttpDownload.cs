using System.Net;

namespace FeedHub.Core.Fetching;

/// <summary>One bounded HTTP GET: conditional headers, a total timeout, a byte limit, and errors as <see cref="FetchException"/>.</summary>
internal static class HttpDownload
{
    public static async Task<FetchResult> GetAsync(HttpClient client, FetchRequest request, string accept, long maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var message = BuildRequest(request, accept);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            return await ReadAsync(response, request.Url, maxBytes, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"no complete response from {request.Url.Host} within {timeout.TotalSeconds:0} s", null, e);
        }
        catch (HttpRequestException e)
        {
            var inner = e.InnerException as FetchException;
            throw new FetchException(inner?.Message ?? $"request to {request.Url.Host} failed: {e.Message}", null, e);
        }
    }

    private static HttpRequestMessage BuildRequest(FetchRequest request, string accept)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
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

    private static async Task<FetchResult> ReadAsync(HttpResponseMessage response, Uri requested, long maxBytes, CancellationToken cancellationToken)
    {
        var finalUri = response.RequestMessage?.RequestUri ?? requested;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult { NotModified = true, FinalUri = finalUri, ETag = response.Headers.ETag?.ToString(), MinimumDelay = MaxAge(response) };
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {requested}", RetryAfter(response));
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
            FinalUri = finalUri,
            MinimumDelay = MaxAge(response),
        };
    }

    private static TimeSpan? MaxAge(HttpResponseMessage response) => response.Headers.CacheControl?.MaxAge;

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        // An HTTP date counts from the response's own Date (the server's clock, as RFC 9110 means it), else from ours.
        return retryAfter?.Date is { } date ? date - (response.Headers.Date ?? TimeProvider.System.GetUtcNow()) : null;
    }
}
