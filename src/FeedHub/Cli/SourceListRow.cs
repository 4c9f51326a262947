using FeedHub.Core.Model;
using FeedHub.Core.Store;

namespace FeedHub.Cli;

/// <summary>One source as `feedhub sources list` shows it: its state in a word, its last error, last and next poll, entries and extraction success, where it is polled and its tags.</summary>
internal sealed record SourceListRow(string Id, string State, string? LastError, DateTimeOffset? LastPolled, DateTimeOffset? NextPoll, int Items, int? FullTextPercent, string Url, IReadOnlyList<string> Tags)
{
    public static SourceListRow Of(SourceDefinition source, SourceState? state, SourceStats? stats)
    {
        ArgumentNullException.ThrowIfNull(source);
        var status = state is null ? "not polled"
            : state.IsGone(source) ? "gone"
            : state.LastError is not null ? $"failing since {state.FailingSince?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ({state.ConsecutiveFailures}x)"
            : state.PollUrl(source) != source.Location ? "moved"
            : "ok";
        var judged = stats is null ? 0 : stats.Extracted + stats.NotExtracted;
        return new SourceListRow(
            source.Id,
            status,
            state?.LastError,
            state?.LastPolled,
            state?.IsGone(source) == true ? null : state?.NextDue,
            stats?.Entries ?? 0,
            source.FullText && judged > 0 ? (int)Math.Round(100.0 * stats!.Extracted / judged) : null,
            (state?.PollUrl(source) ?? source.Location).AbsoluteUri,
            source.Tags);
    }
}
