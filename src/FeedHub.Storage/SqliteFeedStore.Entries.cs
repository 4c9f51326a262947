using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Microsoft.Data.Sqlite;

namespace FeedHub.Storage;

public sealed partial class SqliteFeedStore
{
    private const string EntryColumns =
        "source_id, item_key, title, link, author, published, updated, summary, content, categories, content_hash, first_seen, last_changed, sort_time, article_html, article_text, word_count, article_status, article_note, article_confidence, canonical_link, language, source_fingerprint, extraction_path, article_attempts, article_retry_at, article_decided_by, image";

    public async Task<IReadOnlyDictionary<string, StoredHashes>> GetEntryHashesAsync(string sourceId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemKeys);
        var hashes = new Dictionary<string, StoredHashes>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in itemKeys.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT item_key, content_hash, source_fingerprint FROM entries WHERE source_id = $source AND item_key IN ({InList(command, "$k", chunk)})";
            command.Add("$source", sourceId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                hashes[reader.GetString(0)] = new StoredHashes(reader.GetString(1), SqlValues.ReadText(reader, 2));
            }
        }

        return hashes;
    }

    /// <summary>Inserts new entries and updates changed ones, in one transaction (a poll writes them with <see cref="SavePollAsync"/>).</summary>
    public async Task UpsertEntriesAsync(IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        await InTransactionAsync((connection, transaction) => WriteEntriesAsync(connection, transaction, entries, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var source in entries.Select(e => e.SourceId).Distinct(StringComparer.Ordinal))
        {
            versions?.SourceChanged(source);
        }
    }

    /// <summary>Records new source fingerprints of unchanged entries, in one transaction (a poll writes them with <see cref="SavePollAsync"/>).</summary>
    public Task SaveSourceFingerprintsAsync(string sourceId, IReadOnlyDictionary<string, string> fingerprints, CancellationToken cancellationToken) =>
        InTransactionAsync((connection, transaction) => WriteFingerprintsAsync(connection, transaction, sourceId, fingerprints, cancellationToken), cancellationToken);

    private static async Task WriteEntriesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO entries ({EntryColumns})
            VALUES ($source, $key, $title, $link, $author, $published, $updated, $summary, $content, $categories, $hash, $first, $changed, $sort, $ahtml, $atext, $words, $astatus, $anote, $aconfidence, $canonical, $language, $fingerprint, $path, $attempts, $retry, $decided, $image)
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
        foreach (var entry in entries)
        {
            command.Parameters.Clear();
            BindEntry(command, entry);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteFingerprintsAsync(SqliteConnection connection, SqliteTransaction transaction, string sourceId, IReadOnlyDictionary<string, string> fingerprints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE entries SET source_fingerprint = $fingerprint WHERE source_id = $source AND item_key = $key";
        foreach (var (key, fingerprint) in fingerprints)
        {
            command.Parameters.Clear();
            command.Add("$source", sourceId);
            command.Add("$key", key);
            command.Add("$fingerprint", fingerprint);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EntryColumns} FROM entries WHERE source_id IN ({InList(command, "$s", sourceIds)}) ORDER BY sort_time DESC, item_key LIMIT $limit";
        command.Add("$limit", limit);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SourceStats>> GetSourceStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT source_id, count(*), coalesce(sum(article_status = 'Extracted'), 0), coalesce(sum(article_status IN ('Failed', 'KeptFeedContent')), 0)
            FROM entries GROUP BY source_id
            """;
        return await SqlValues.ReadAllAsync(command, r => new SourceStats(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountEntriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entries";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> CountEntriesSinceAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entries WHERE source_id = $source AND sort_time >= $since";
        command.Add("$source", sourceId);
        command.Add("$since", SqlValues.Time(since));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void BindEntry(SqliteCommand command, Entry entry)
    {
        command.Add("$source", entry.SourceId);
        command.Add("$key", entry.ItemKey);
        command.Add("$title", SqlValues.Text(entry.Title));
        command.Add("$link", SqlValues.Text(entry.Link));
        command.Add("$author", SqlValues.Text(entry.Author));
        command.Add("$published", SqlValues.Time(entry.Published));
        command.Add("$updated", SqlValues.Time(entry.Updated));
        command.Add("$summary", SqlValues.Text(entry.Summary));
        command.Add("$content", SqlValues.Text(entry.Content));
        command.Add("$categories", SqlValues.List(entry.Categories));
        command.Add("$hash", entry.ContentHash);
        command.Add("$first", SqlValues.Time(entry.FirstSeen));
        command.Add("$changed", SqlValues.Time(entry.LastChanged));
        command.Add("$sort", SqlValues.Time(entry.SortTime));
        command.Add("$ahtml", SqlValues.Text(entry.ArticleHtml));
        command.Add("$atext", SqlValues.Text(entry.ArticleText));
        command.Add("$words", SqlValues.Int(entry.WordCount));
        command.Add("$astatus", entry.ArticleStatus == ArticleStatus.None ? DBNull.Value : entry.ArticleStatus.ToString());
        command.Add("$anote", SqlValues.Text(entry.ArticleNote));
        command.Add("$aconfidence", entry.ArticleConfidence is { } c ? c : DBNull.Value);
        command.Add("$canonical", SqlValues.Text(entry.CanonicalLink));
        command.Add("$language", SqlValues.Text(entry.Language));
        command.Add("$fingerprint", SqlValues.Text(entry.SourceFingerprint));
        command.Add("$path", SqlValues.Text(entry.ExtractionPath));
        command.Add("$attempts", entry.ArticleAttempts);
        command.Add("$retry", SqlValues.Time(entry.ArticleRetryAt));
        command.Add("$decided", SqlValues.Text(entry.ArticleDecidedBy));
        command.Add("$image", SqlValues.Text(entry.Image));
    }

    private static Entry ReadEntry(SqliteDataReader reader) => new()
    {
        SourceId = reader.GetString(0),
        ItemKey = reader.GetString(1),
        Title = SqlValues.ReadText(reader, 2),
        Link = SqlValues.ReadText(reader, 3),
        Author = SqlValues.ReadText(reader, 4),
        Published = SqlValues.ReadTime(reader, 5),
        Updated = SqlValues.ReadTime(reader, 6),
        Summary = SqlValues.ReadText(reader, 7),
        Content = SqlValues.ReadText(reader, 8),
        Categories = SqlValues.ReadList(reader, 9),
        ContentHash = reader.GetString(10),
        FirstSeen = SqlValues.ReadTime(reader, 11)!.Value,
        LastChanged = SqlValues.ReadTime(reader, 12)!.Value,
        ArticleHtml = SqlValues.ReadText(reader, 14),
        ArticleText = SqlValues.ReadText(reader, 15),
        WordCount = SqlValues.ReadInt(reader, 16),
        ArticleStatus = SqlValues.ReadText(reader, 17) is { } status && Enum.TryParse<ArticleStatus>(status, out var parsed) ? parsed : ArticleStatus.None,
        ArticleNote = SqlValues.ReadText(reader, 18),
        ArticleConfidence = reader.IsDBNull(19) ? null : reader.GetDouble(19),
        CanonicalLink = SqlValues.ReadText(reader, 20),
        Language = SqlValues.ReadText(reader, 21),
        SourceFingerprint = SqlValues.ReadText(reader, 22),
        ExtractionPath = SqlValues.ReadText(reader, 23),
        ArticleAttempts = reader.GetInt32(24),
        ArticleRetryAt = SqlValues.ReadTime(reader, 25),
        ArticleDecidedBy = SqlValues.ReadText(reader, 26),
        Image = SqlValues.ReadText(reader, 27),
    };

    public async Task<IReadOnlyList<Entry>> GetPendingArticlesAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT * FROM (SELECT {EntryColumns} FROM entries WHERE article_status = 'Pending' ORDER BY first_seen, item_key LIMIT $limit)
            UNION ALL
            SELECT * FROM (SELECT {EntryColumns} FROM entries WHERE article_status = 'Failed' AND article_retry_at <= $now ORDER BY article_retry_at, item_key LIMIT $limit)
            LIMIT $limit
            """;
        command.Add("$limit", limit);
        command.Add("$now", SqlValues.Time(now));
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ArticleDecision>> GetUnsuccessfulArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id, item_key, link, article_decided_by FROM entries WHERE article_status IN ('Failed', 'KeptFeedContent') AND link IS NOT NULL";
        return await SqlValues.ReadAllAsync(command, r => new ArticleDecision(r.GetString(0), r.GetString(1), r.GetString(2), SqlValues.ReadText(r, 3)), cancellationToken).ConfigureAwait(false);
    }

    public Task RequeueArticlesAsync(IReadOnlyList<(string SourceId, string ItemKey)> entries, CancellationToken cancellationToken) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            ArgumentNullException.ThrowIfNull(entries);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE entries SET article_status = 'Pending', article_attempts = 0, article_retry_at = NULL WHERE source_id = $source AND item_key = $key";
            foreach (var (sourceId, itemKey) in entries)
            {
                command.Parameters.Clear();
                command.Add("$source", sourceId);
                command.Add("$key", itemKey);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    private static Task<List<Entry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        SqlValues.ReadAllAsync(command, ReadEntry, cancellationToken);

    public async Task SaveArticleAsync(Entry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE entries SET article_html = $ahtml, article_text = $atext, word_count = $words,
                article_status = $astatus, article_note = $anote, article_confidence = $aconfidence, canonical_link = $canonical, language = $language,
                extraction_path = $path, article_attempts = $attempts, article_retry_at = $retry, article_decided_by = $decided, image = $image
            WHERE source_id = $source AND item_key = $key
            """;
        BindEntry(command, entry);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        versions?.SourceChanged(entry.SourceId);
    }

    /// <summary>Adds one parameter per value and returns the placeholder list for an IN clause.</summary>
    private static string InList(SqliteCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Add(name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }
}
