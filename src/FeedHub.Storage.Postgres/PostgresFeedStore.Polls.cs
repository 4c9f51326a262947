using FeedHub.Core.Store;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    /// <summary>A poll's whole outcome in one transaction: its new and changed entries, the renewed fingerprints, the source's state and the notice.</summary>
    public async Task SavePollAsync(PollWrite poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var sourceId = poll.State.SourceId;
        await InTransactionAsync(batch =>
        {
            AddEntries(batch, poll.Entries);
            AddFingerprints(batch, sourceId, poll.Fingerprints);
            AddSourceState(batch, poll.State);
            Notify(batch, poll.Entries.Count > 0 ? ChangeNotices.Source(sourceId) : ChangeNotices.Any);
        }, cancellationToken).ConfigureAwait(false);
        if (poll.Entries.Count > 0)
        {
            versions?.SourceChanged(sourceId);
        }
        else
        {
            versions?.StateChanged();
        }
    }
}
