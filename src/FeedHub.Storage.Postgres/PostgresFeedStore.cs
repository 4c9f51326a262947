using FeedHub.Core.Store;
using Npgsql;

namespace FeedHub.Storage.Postgres;

/// <summary>
/// The PostgreSQL implementation of <see cref="IFeedStore"/>, write for write the SQLite store's behaviour; its SQL is
/// split by aggregate over the partial files beside this one. Each write that changes what published documents are
/// built from sends a change notice (see <see cref="ChangeNotices"/>) in its own transaction, so every node listening
/// on the database hears of it on commit, and bumps this node's <see cref="ContentVersions"/> after the commit.
/// </summary>
public sealed partial class PostgresFeedStore(PostgresDatabase database, ContentVersions? versions = null) : IFeedStore
{
    private const string NotifySql = "SELECT pg_notify(@channel, @payload)";

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM schema_migrations", connection);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>
    /// Opens a connection and sends the statements <paramref name="build"/> adds in one round trip, in one transaction,
    /// then commits; nothing is kept (and no notice is sent) when one fails.
    /// </summary>
    private async Task InTransactionAsync(Action<NpgsqlBatch> build, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        build(batch);
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlBatchCommand Statement(NpgsqlBatch batch, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        batch.BatchCommands.Add(command);
        return command;
    }

    /// <summary>Adds the notice to the batch's transaction: listeners receive it when, and only if, it commits.</summary>
    private static void Notify(NpgsqlBatch batch, string payload) => Notice(Statement(batch, NotifySql).Parameters, payload);

    private static void Notice(NpgsqlParameterCollection parameters, string payload)
    {
        parameters.Add("channel", ChangeNotices.Channel);
        parameters.Add("payload", PgValues.Text(payload));
    }
}
