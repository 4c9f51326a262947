using System.Text.Json;
using FeedHub.Core.Model;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    /// <summary>
    /// Stores the digest once per (feed, window end): when two nodes cut the same digest at once, the second insert
    /// waits for the first to commit and then does nothing. The notice goes with the insert that stored it, in its transaction.
    /// </summary>
    public async Task AddDigestAsync(Digest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO digests (feed_id, window_end, digest_id, body) VALUES (@feed, @end, @id, @body)
            ON CONFLICT (feed_id, window_end) DO NOTHING
            """, connection, transaction);
        insert.Parameters.Add("feed", PgValues.Text(digest.FeedId));
        insert.Parameters.Add("end", PgValues.Time(digest.End));
        insert.Parameters.Add("id", PgValues.Text(digest.Id));
        insert.Parameters.AddJson("body", JsonSerializer.Serialize(digest, PostgresJsonContext.Default.Digest));
        var stored = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        if (stored)
        {
            await using var notify = new NpgsqlCommand(NotifySql, connection, transaction);
            Notice(notify.Parameters, ChangeNotices.Feed(digest.FeedId));
            await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (stored)
        {
            versions?.FeedChanged(digest.FeedId);
        }
    }

    public async Task<IReadOnlyList<Digest>> GetDigestsAsync(string feedId, DateTimeOffset firstEnd, DateTimeOffset lastEnd, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT body FROM digests WHERE feed_id = @feed AND window_end BETWEEN @from AND @to ORDER BY window_end DESC", connection);
        command.Parameters.Add("feed", PgValues.Text(feedId));
        command.Parameters.Add("from", PgValues.Time(firstEnd));
        command.Parameters.Add("to", PgValues.Time(lastEnd));
        return await PgValues.ReadAllAsync(command, r => JsonSerializer.Deserialize(r.GetString(0), PostgresJsonContext.Default.Digest)!, cancellationToken).ConfigureAwait(false);
    }
}
