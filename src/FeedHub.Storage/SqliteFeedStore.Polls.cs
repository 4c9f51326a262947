using FeedHub.Core.Store;
using Microsoft.Data.Sqlite;

namespace FeedHub.Storage;

public sealed partial class SqliteFeedStore
{
    /// <summary>A poll's whole outcome in one transaction: its new and changed entries, the renewed fingerprints and the source's state.</summary>
    public async Task SavePollAsync(PollWrite poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await InTransactionAsync(async (connection, transaction) =>
        {
            await WriteEntriesAsync(connection, transaction, poll.Entries, cancellationToken).ConfigureAwait(false);
            await WriteFingerprintsAsync(connection, transaction, poll.State.SourceId, poll.Fingerprints, cancellationToken).ConfigureAwait(false);
            await WriteSourceStateAsync(connection, transaction, poll.State, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (poll.Entries.Count > 0)
        {
            versions?.SourceChanged(poll.State.SourceId);
        }
        else
        {
            versions?.StateChanged();
        }
    }

    /// <summary>Opens a connection, runs the writes in one transaction and commits; nothing is kept when one throws.</summary>
    private async Task InTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await write(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
