
namespace FeedHub.Core.Pipeline.Polling;

/// <summary>How one poll of a source ended.</summary>
public enum PollStatus
{
    Updated,
    NotModified,
    Failed,
}

/// <summary>The result of one poll: what changed, what failed, and when the source is due again.</summary>
public sealed record PollOutcome(PollStatus Status, int NewEntries, int UpdatedEntries, DateTimeOffset NextDue, string? Error = null);
