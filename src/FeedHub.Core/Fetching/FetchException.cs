namespace FeedHub.Core.Fetching;

/// <summary>A download that failed: an HTTP error, a timeout, a body over the limit, a refused address.</summary>
public sealed class FetchException : Exception
{
    public FetchException(string message, TimeSpan? retryAfter = null, Exception? inner = null) : base(message, inner) => RetryAfter = retryAfter;

    public FetchException() { }

    public FetchException(string message) : base(message) { }

    public FetchException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The server's Retry-After on a 429 or 503, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// FeedHub's own rules refused the download (an address on a private network, a file or a scheme not followed):
    /// trying again cannot help until the operator changes those rules.
    /// </summary>
    public bool Refused { get; init; }

    /// <summary>The HTTP status of an error response (404, 410, 429...); null for a failure without one.</summary>
    public int? Status { get; init; }
}
