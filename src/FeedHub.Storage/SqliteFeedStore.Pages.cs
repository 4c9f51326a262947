using FeedHub.Core.Model;

namespace FeedHub.Storage;

public sealed partial class SqliteFeedStore
{
    public async Task<ExtractedPage?> GetExtractedPageAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, html, text, title, byline, word_count, error, fetched_at, link_density, canonical_url, language, extraction_path, refused, decided_by, image FROM extracted_pages WHERE url = $url";
        command.Add("$url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new ExtractedPage
        {
            Url = reader.GetString(0),
            Html = SqlValues.ReadText(reader, 1),
            Text = SqlValues.ReadText(reader, 2),
            Title = SqlValues.ReadText(reader, 3),
            Byline = SqlValues.ReadText(reader, 4),
            WordCount = reader.GetInt32(5),
            Error = SqlValues.ReadText(reader, 6),
            FetchedAt = SqlValues.ReadTime(reader, 7)!.Value,
            LinkDensity = reader.GetDouble(8),
            CanonicalUrl = SqlValues.ReadText(reader, 9),
            Language = SqlValues.ReadText(reader, 10),
            ExtractionPath = SqlValues.ReadText(reader, 11),
            Refused = reader.GetBoolean(12),
            DecidedBy = SqlValues.ReadText(reader, 13),
            Image = SqlValues.ReadText(reader, 14),
        };
    }

    public async Task SaveExtractedPageAsync(ExtractedPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO extracted_pages (url, html, text, title, byline, word_count, error, fetched_at, link_density, canonical_url, language, extraction_path, refused, decided_by, image)
            VALUES ($url, $html, $text, $title, $byline, $words, $error, $at, $density, $canonical, $language, $path, $refused, $decided, $image)
            ON CONFLICT (url) DO UPDATE SET html = excluded.html, text = excluded.text, title = excluded.title,
                byline = excluded.byline, word_count = excluded.word_count, error = excluded.error, fetched_at = excluded.fetched_at,
                link_density = excluded.link_density, canonical_url = excluded.canonical_url, language = excluded.language, extraction_path = excluded.extraction_path,
                refused = excluded.refused, decided_by = excluded.decided_by, image = excluded.image
            """;
        command.Add("$url", page.Url);
        command.Add("$html", SqlValues.Text(page.Html));
        command.Add("$text", SqlValues.Text(page.Text));
        command.Add("$title", SqlValues.Text(page.Title));
        command.Add("$byline", SqlValues.Text(page.Byline));
        command.Add("$words", page.WordCount);
        command.Add("$error", SqlValues.Text(page.Error));
        command.Add("$at", SqlValues.Time(page.FetchedAt));
        command.Add("$density", page.LinkDensity);
        command.Add("$canonical", SqlValues.Text(page.CanonicalUrl));
        command.Add("$language", SqlValues.Text(page.Language));
        command.Add("$path", SqlValues.Text(page.ExtractionPath));
        command.Add("$refused", page.Refused);
        command.Add("$decided", SqlValues.Text(page.DecidedBy));
        command.Add("$image", SqlValues.Text(page.Image));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
