using FeedHub.Core.Model;
using FeedHub.Core.Store;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    /// <summary>
    /// Pending articles oldest first, then failed ones whose retry is due, soonest first, at most <paramref name="limit"/>
    /// in all; the two groups and their order are spelled out (batch, due) rather than left to how UNION ALL happens to run.
    /// </summary>
    public async Task<IReadOnlyList<Entry>> GetPendingArticlesAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"""
            SELECT * FROM (
                (SELECT {EntryColumns}, 0 AS batch, first_seen AS due FROM entries WHERE article_status = 'Pending' ORDER BY first_seen, item_key LIMIT @limit)
                UNION ALL
                (SELECT {EntryColumns}, 1, article_retry_at FROM entries WHERE article_status = 'Failed' AND article_retry_at <= @now ORDER BY article_retry_at, item_key LIMIT @limit)
            ) AS waiting
            ORDER BY batch, due, item_key LIMIT @limit
            """, connection);
        command.Parameters.Add("limit", limit);
        command.Parameters.Add("now", PgValues.Time(now));
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ArticleDecision>> GetUnsuccessfulArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT source_id, item_key, link, article_decided_by FROM entries WHERE article_status IN ('Failed', 'KeptFeedContent') AND link IS NOT NULL", connection);
        return await PgValues.ReadAllAsync(command, r => new ArticleDecision(r.GetString(0), r.GetString(1), r.GetString(2), PgValues.ReadText(r, 3)), cancellationToken).ConfigureAwait(false);
    }

    public Task RequeueArticlesAsync(IReadOnlyList<(string SourceId, string ItemKey)> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return InTransactionAsync(batch =>
        {
            foreach (var (sourceId, itemKey) in entries)
            {
                var parameters = Statement(batch, "UPDATE entries SET article_status = 'Pending', article_attempts = 0, article_retry_at = NULL WHERE source_id = @source AND item_key = @key").Parameters;
                parameters.Add("source", PgValues.Text(sourceId));
                parameters.Add("key", PgValues.Text(itemKey));
            }
        }, cancellationToken);
    }

    public async Task SaveArticleAsync(Entry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await InTransactionAsync(batch =>
        {
            BindEntry(Statement(batch, """
                UPDATE entries SET article_html = @ahtml, article_text = @atext, word_count = @words,
                    article_status = @astatus, article_note = @anote, article_confidence = @aconfidence, canonical_link = @canonical, language = @language,
                    extraction_path = @path, article_attempts = @attempts, article_retry_at = @retry, article_decided_by = @decided, image = @image
                WHERE source_id = @source AND item_key = @key
                """).Parameters, entry);
            Notify(batch, ChangeNotices.Source(entry.SourceId));
        }, cancellationToken).ConfigureAwait(false);
        versions?.SourceChanged(entry.SourceId);
    }
}
