using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    private const string EntryColumns =
        "source_id, item_key, title, link, author, published, updated, summary, content, categories, content_hash, first_seen, last_changed, sort_time, article_html, article_text, word_count, article_status, article_note, article_confidence, canonical_link, language, source_fingerprint, extraction_path, article_attempts, article_retry_at, article_decided_by, image";

    /// <summary>The same rule as the SQLite store's: a poll's fields replace the stored ones, but what the article page gave is kept.</summary>
    private const string UpsertEntrySql = $"""
        INSERT INTO entries ({EntryColumns})
        VALUES (@source, @key, @title, @link, @author, @published, @updated, @summary, @content, @categories, @hash, @first, @changed, @sort, @ahtml, @atext, @words, @astatus, @anote, @aconfidence, @canonical, @language, @fingerprint, @path, @attempts, @retry, @decided, @image)
        ON CONFLICT (source_id, item_key) DO UPDATE SET
            title = excluded.title, link = excluded.link, author = excluded.author, published = excluded.published,
            updated = excluded.updated, summary = excluded.summary, content = excluded.content, categories = excluded.categories,
            content_hash = excluded.content_hash, last_changed = excluded.last_changed, source_fingerprint = excluded.source_fingerprint,
            sort_time = coalesce(excluded.published, excluded.updated, entries.first_seen),
            article_html = coalesce(excluded.article_html, entries.article_html),
            article_text = coalesce(excluded.article_text, entries.article_text),
            word_count = coalesce(excluded.word_count, entries.word_count),
            article_status = coalesce(entries.article_status, excluded.article_status),
            article_note = coalesce(entries.article_note, excluded.article_note),
            article_confidence = coalesce(entries.article_confidence, excluded.article_confidence),
            canonical_link = coalesce(entries.canonical_link, excluded.canonical_link),
            language = coalesce(entries.language, excluded.language),
            extraction_path = coalesce(entries.extraction_path, excluded.extraction_path),
            article_attempts = entries.article_attempts, article_retry_at = entries.article_retry_at,
            article_decided_by = coalesce(entries.article_decided_by, excluded.article_decided_by),
            image = coalesce(entries.image, excluded.image)
        """;

    public async Task<IReadOnlyDictionary<string, StoredHashes>> GetEntryHashesAsync(string sourceId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemKeys);
        var hashes = new Dictionary<string, StoredHashes>(StringComparer.Ordinal);
        if (itemKeys.Count == 0)
        {
            return hashes;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT item_key, content_hash, source_fingerprint FROM entries WHERE source_id = @source AND item_key = ANY(@keys)", connection);
        command.Parameters.Add("source", PgValues.Text(sourceId));
        command.Parameters.Add("keys", PgValues.List(itemKeys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = new StoredHashes(reader.GetString(1), PgValues.ReadText(reader, 2));
        }

        return hashes;
    }

    /// <summary>Inserts new entries and updates changed ones, in one transaction (a poll writes them with <see cref="SavePollAsync"/>).</summary>
    public async Task UpsertEntriesAsync(IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sources = entries.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).ToList();
        await InTransactionAsync(batch =>
        {
            AddEntries(batch, entries);
            foreach (var source in sources)
            {
                Notify(batch, ChangeNotices.Source(source));
            }
        }, cancellationToken).ConfigureAwait(false);
        foreach (var source in sources)
        {
            versions?.SourceChanged(source);
        }
    }

    /// <summary>Records new source fingerprints of unchanged entries, in one transaction (a poll writes them with <see cref="SavePollAsync"/>).</summary>
    public Task SaveSourceFingerprintsAsync(string sourceId, IReadOnlyDictionary<string, string> fingerprints, CancellationToken cancellationToken) =>
        InTransactionAsync(batch => AddFingerprints(batch, sourceId, fingerprints), cancellationToken);

    private static void AddEntries(NpgsqlBatch batch, IReadOnlyList<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            BindEntry(Statement(batch, UpsertEntrySql).Parameters, entry);
        }
    }

    private static void AddFingerprints(NpgsqlBatch batch, string sourceId, IReadOnlyDictionary<string, string> fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        foreach (var (key, fingerprint) in fingerprints)
        {
            var parameters = Statement(batch, "UPDATE entries SET source_fingerprint = @fingerprint WHERE source_id = @source AND item_key = @key").Parameters;
            parameters.Add("source", PgValues.Text(sourceId));
            parameters.Add("key", PgValues.Text(key));
            parameters.Add("fingerprint", PgValues.Text(fingerprint));
        }
    }

    public async Task<IReadOnlyList<Entry>> GetRecentEntriesAsync(IReadOnlyCollection<string> sourceIds, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        if (sourceIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {EntryColumns} FROM entries WHERE source_id = ANY(@sources) ORDER BY sort_time DESC, item_key LIMIT @limit", connection);
        command.Parameters.Add("sources", PgValues.List(sourceIds));
        command.Parameters.Add("limit", limit);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SourceStats>> GetSourceStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT source_id, count(*)::integer, (count(*) FILTER (WHERE article_status = 'Extracted'))::integer,
                (count(*) FILTER (WHERE article_status IN ('Failed', 'KeptFeedContent')))::integer
            FROM entries GROUP BY source_id ORDER BY source_id
            """, connection);
        return await PgValues.ReadAllAsync(command, r => new SourceStats(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountEntriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*)::integer FROM entries", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<int> CountEntriesSinceAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*)::integer FROM entries WHERE source_id = @source AND sort_time >= @since", connection);
        command.Parameters.Add("source", PgValues.Text(sourceId));
        command.Parameters.Add("since", PgValues.Time(since));
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static Task<List<Entry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken) =>
        PgValues.ReadAllAsync(command, ReadEntry, cancellationToken);
}
