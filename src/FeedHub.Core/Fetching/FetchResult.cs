namespace FeedHub.Core.Fetching;

/// <summary>The outcome of a fetch that reached the server: new content, or "not modified" with no body.</summary>
public sealed record FetchResult
{
    public required bool NotModified { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? ContentType { get; init; }
    public required Uri FinalUri { get; init; }

    /// <summary>How long the response stays fresh (Cache-Control max-age, else Expires), when it says.</summary>
    public TimeSpan? Freshness { get; init; }

    /// <summary>
    /// Where the document was found when every redirect on the way was permanent (301 or 308); null when there was no
    /// redirect or one of them was temporary (302, 303, 307). The poll moves a source after seeing the same one on
    /// consecutive polls.
    /// </summary>
    public Uri? PermanentRedirect { get; init; }
}
