using FeedHub.Core.Model;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    public async Task<IReadOnlyList<string>> GetEntryMonthsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT DISTINCT to_char(first_seen AT TIME ZONE 'UTC', 'YYYY-MM') FROM entries WHERE source_id = ANY(@sources) ORDER BY 1", connection);
        command.Parameters.Add("sources", PgValues.List(sourceIds));
        return await PgValues.ReadAllAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Entry>> GetEntriesFirstSeenAsync(IReadOnlyCollection<string> sourceIds, DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {EntryColumns} FROM entries WHERE source_id = ANY(@sources) AND first_seen >= @from AND first_seen < @until ORDER BY sort_time DESC, item_key LIMIT @limit", connection);
        command.Parameters.Add("sources", PgValues.List(sourceIds));
        command.Parameters.Add("from", PgValues.Time(from));
        command.Parameters.Add("until", PgValues.Time(until));
        command.Parameters.Add("limit", limit);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<byte[]?> GetArchiveAsync(string feedId, string period, string format, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadArchiveAsync(connection, feedId, period, format, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The insert returns the body it stored; when another was stored first, a second statement (seeing what has been
    /// committed since the insert began) reads that one.
    /// </summary>
    public async Task<byte[]> AddArchiveAsync(string feedId, string period, string format, byte[] body, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("INSERT INTO feed_archives (feed_id, period, format, body) VALUES (@feed, @period, @format, @body) ON CONFLICT DO NOTHING RETURNING body", connection);
        AddArchiveKey(command.Parameters, feedId, period, format);
        command.Parameters.Add("body", body);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[]
            ?? (await ReadArchiveAsync(connection, feedId, period, format, cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<byte[]?> ReadArchiveAsync(NpgsqlConnection connection, string feedId, string period, string format, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT body FROM feed_archives WHERE feed_id = @feed AND period = @period AND format = @format", connection);
        AddArchiveKey(command.Parameters, feedId, period, format);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    private static void AddArchiveKey(NpgsqlParameterCollection parameters, string feedId, string period, string format)
    {
        parameters.Add("feed", PgValues.Text(feedId));
        parameters.Add("period", PgValues.Text(period));
        parameters.Add("format", PgValues.Text(format));
    }
}
