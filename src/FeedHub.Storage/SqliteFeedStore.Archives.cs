using FeedHub.Core.Model;

namespace FeedHub.Storage;

public sealed partial class SqliteFeedStore
{
    public async Task<IReadOnlyList<string>> GetEntryMonthsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT substr(first_seen, 1, 7) FROM entries WHERE source_id IN ({InList(command, "$s", sourceIds)}) ORDER BY 1";
        return await SqlValues.ReadAllAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Entry>> GetEntriesFirstSeenAsync(IReadOnlyCollection<string> sourceIds, DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EntryColumns} FROM entries WHERE source_id IN ({InList(command, "$s", sourceIds)}) AND first_seen >= $from AND first_seen < $until ORDER BY sort_time DESC, item_key LIMIT $limit";
        command.Add("$from", SqlValues.Time(from));
        command.Add("$until", SqlValues.Time(until));
        command.Add("$limit", limit);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<byte[]?> GetArchiveAsync(string feedId, string period, string format, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM feed_archives WHERE feed_id = $feed AND period = $period AND format = $format";
        command.Add("$feed", feedId);
        command.Add("$period", period);
        command.Add("$format", format);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    public async Task<byte[]> AddArchiveAsync(string feedId, string period, string format, byte[] body, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feed_archives (feed_id, period, format, body) VALUES ($feed, $period, $format, $body) ON CONFLICT DO NOTHING;
            SELECT body FROM feed_archives WHERE feed_id = $feed AND period = $period AND format = $format
            """;
        command.Add("$feed", feedId);
        command.Add("$period", period);
        command.Add("$format", format);
        command.Add("$body", body);
        return (byte[])(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
