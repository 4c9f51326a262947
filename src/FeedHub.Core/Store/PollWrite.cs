using FeedHub.Core.Model;

namespace FeedHub.Core.Store;

/// <summary>
/// What one poll stores, written in one transaction by <see cref="IFeedStore.SavePollAsync"/>: the source's new state
/// (validators, errors, next due time), the entries that are new or changed, and the renewed fingerprints of
/// entries that were read from new bytes but did not change. A failed or not-modified poll has no entries.
/// </summary>
public sealed record PollWrite(SourceState State, IReadOnlyList<Entry> Entries, IReadOnlyDictionary<string, string> Fingerprints)
{
    public static PollWrite StateOnly(SourceState state) => new(state, [], new Dictionary<string, string>());
}
