using FeedHub.Core.Model;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    public async Task<ExtractedPage?> GetExtractedPageAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT url, html, text, title, byline, word_count, error, fetched_at, link_density, canonical_url, language, extraction_path, refused, decided_by, image FROM extracted_pages WHERE url = @url", connection);
        command.Parameters.Add("url", PgValues.Text(url));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new ExtractedPage
        {
            Url = reader.GetString(0),
            Html = PgValues.ReadText(reader, 1),
            Text = PgValues.ReadText(reader, 2),
            Title = PgValues.ReadText(reader, 3),
            Byline = PgValues.ReadText(reader, 4),
            WordCount = reader.GetInt32(5),
            Error = PgValues.ReadText(reader, 6),
            FetchedAt = PgValues.ReadTime(reader, 7)!.Value,
            LinkDensity = reader.GetDouble(8),
            CanonicalUrl = PgValues.ReadText(reader, 9),
            Language = PgValues.ReadText(reader, 10),
            ExtractionPath = PgValues.ReadText(reader, 11),
            Refused = reader.GetBoolean(12),
            DecidedBy = PgValues.ReadText(reader, 13),
            Image = PgValues.ReadText(reader, 14),
        };
    }

    public async Task SaveExtractedPageAsync(ExtractedPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            INSERT INTO extracted_pages (url, html, text, title, byline, word_count, error, fetched_at, link_density, canonical_url, language, extraction_path, refused, decided_by, image)
            VALUES (@url, @html, @text, @title, @byline, @words, @error, @at, @density, @canonical, @language, @path, @refused, @decided, @image)
            ON CONFLICT (url) DO UPDATE SET html = excluded.html, text = excluded.text, title = excluded.title,
                byline = excluded.byline, word_count = excluded.word_count, error = excluded.error, fetched_at = excluded.fetched_at,
                link_density = excluded.link_density, canonical_url = excluded.canonical_url, language = excluded.language, extraction_path = excluded.extraction_path,
                refused = excluded.refused, decided_by = excluded.decided_by, image = excluded.image
            """, connection);
        var parameters = command.Parameters;
        parameters.Add("url", PgValues.Text(page.Url));
        parameters.Add("html", PgValues.Text(page.Html));
        parameters.Add("text", PgValues.Text(page.Text));
        parameters.Add("title", PgValues.Text(page.Title));
        parameters.Add("byline", PgValues.Text(page.Byline));
        parameters.Add("words", page.WordCount);
        parameters.Add("error", PgValues.Text(page.Error));
        parameters.Add("at", PgValues.Time(page.FetchedAt));
        parameters.Add("density", page.LinkDensity);
        parameters.Add("canonical", PgValues.Text(page.CanonicalUrl));
        parameters.Add("language", PgValues.Text(page.Language));
        parameters.Add("path", PgValues.Text(page.ExtractionPath));
        parameters.Add("refused", page.Refused);
        parameters.Add("decided", PgValues.Text(page.DecidedBy));
        parameters.Add("image", PgValues.Text(page.Image));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
