using System.Text.Json;
using FeedHub.Core.Model;

namespace FeedHub.Storage;

public sealed partial class SqliteFeedStore
{
    public async Task AddDigestAsync(Digest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO digests (feed_id, window_end, digest_id, body) VALUES ($feed, $end, $id, $body)
            ON CONFLICT (feed_id, window_end) DO NOTHING
            """;
        command.Add("$feed", digest.FeedId);
        command.Add("$end", SqlValues.Time(digest.End));
        command.Add("$id", digest.Id);
        command.Add("$body", JsonSerializer.Serialize(digest, StorageJsonContext.Default.Digest));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            versions?.FeedChanged(digest.FeedId);
        }
    }

    public async Task<IReadOnlyList<Digest>> GetDigestsAsync(string feedId, DateTimeOffset firstEnd, DateTimeOffset lastEnd, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM digests WHERE feed_id = $feed AND window_end BETWEEN $from AND $to ORDER BY window_end DESC";
        command.Add("$feed", feedId);
        command.Add("$from", SqlValues.Time(firstEnd));
        command.Add("$to", SqlValues.Time(lastEnd));
        return await SqlValues.ReadAllAsync(command, r => JsonSerializer.Deserialize(r.GetString(0), StorageJsonContext.Default.Digest)!, cancellationToken).ConfigureAwait(false);
    }
}
