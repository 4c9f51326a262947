
namespace FeedHub.Core.Pipeline.Polling;

/// <summary>How one poll of a source ended.</summary>
public enum PollStatus
{
    Updated,
    NotModified,
    Failed,

    /// <summary>The source answered 410 Gone (now or before): it is not polled again until the operator acts.</summary>
    Gone,
}

/// <summary>The result of one poll: what changed, what failed, and when the source is due again (null only for a source that is gone).</summary>
public sealed record PollOutcome(PollStatus Status, int NewEntries, int UpdatedEntries, DateTimeOffset? NextDue, string? Error = null)
{
    /// <summary>The items the feed held (0 when it was not read).</summary>
    public int Items { get; init; }

    /// <summary>The size of the document fetched (0 when nothing was: not modified, failed, gone).</summary>
    public long Bytes { get; init; }
}
