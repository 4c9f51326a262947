namespace FeedHub.Core.Pipeline;

/// <summary>How one poll of a source ended.</summary>
public enum RefreshStatus
{
    Updated,
    NotModified,
    Failed,
}

/// <summary>The result of one poll: what changed, what failed, and when the source is due again.</summary>
public sealed record RefreshOutcome(RefreshStatus Status, int NewEntries, int UpdatedEntries, DateTimeOffset NextDue, string? Error = null);
