using FeedHub.Core.Model;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    /// <summary>An entry's parameters, by the names <see cref="UpsertEntrySql"/> and the article update use.</summary>
    private static void BindEntry(NpgsqlParameterCollection parameters, Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        parameters.Add("source", PgValues.Text(entry.SourceId));
        parameters.Add("key", PgValues.Text(entry.ItemKey));
        parameters.Add("title", PgValues.Text(entry.Title));
        parameters.Add("link", PgValues.Text(entry.Link));
        parameters.Add("author", PgValues.Text(entry.Author));
        parameters.Add("published", PgValues.Time(entry.Published));
        parameters.Add("updated", PgValues.Time(entry.Updated));
        parameters.Add("summary", PgValues.Text(entry.Summary));
        parameters.Add("content", PgValues.Text(entry.Content));
        parameters.Add("categories", PgValues.List(entry.Categories));
        parameters.Add("hash", PgValues.Text(entry.ContentHash));
        parameters.Add("first", PgValues.Time(entry.FirstSeen));
        parameters.Add("changed", PgValues.Time(entry.LastChanged));
        parameters.Add("sort", PgValues.Time(entry.SortTime));
        parameters.Add("ahtml", PgValues.Text(entry.ArticleHtml));
        parameters.Add("atext", PgValues.Text(entry.ArticleText));
        parameters.Add("words", PgValues.Int(entry.WordCount));
        parameters.Add("astatus", entry.ArticleStatus == ArticleStatus.None ? DBNull.Value : entry.ArticleStatus.ToString());
        parameters.Add("anote", PgValues.Text(entry.ArticleNote));
        parameters.Add("aconfidence", entry.ArticleConfidence is { } c ? c : DBNull.Value);
        parameters.Add("canonical", PgValues.Text(entry.CanonicalLink));
        parameters.Add("language", PgValues.Text(entry.Language));
        parameters.Add("fingerprint", PgValues.Text(entry.SourceFingerprint));
        parameters.Add("path", PgValues.Text(entry.ExtractionPath));
        parameters.Add("attempts", entry.ArticleAttempts);
        parameters.Add("retry", PgValues.Time(entry.ArticleRetryAt));
        parameters.Add("decided", PgValues.Text(entry.ArticleDecidedBy));
        parameters.Add("image", PgValues.Text(entry.Image));
    }

    /// <summary>An entry from the columns of EntryColumns, in that order; columns after them are ignored.</summary>
    private static Entry ReadEntry(NpgsqlDataReader reader) => new()
    {
        SourceId = reader.GetString(0),
        ItemKey = reader.GetString(1),
        Title = PgValues.ReadText(reader, 2),
        Link = PgValues.ReadText(reader, 3),
        Author = PgValues.ReadText(reader, 4),
        Published = PgValues.ReadTime(reader, 5),
        Updated = PgValues.ReadTime(reader, 6),
        Summary = PgValues.ReadText(reader, 7),
        Content = PgValues.ReadText(reader, 8),
        Categories = PgValues.ReadList(reader, 9),
        ContentHash = reader.GetString(10),
        FirstSeen = PgValues.ReadTime(reader, 11)!.Value,
        LastChanged = PgValues.ReadTime(reader, 12)!.Value,
        ArticleHtml = PgValues.ReadText(reader, 14),
        ArticleText = PgValues.ReadText(reader, 15),
        WordCount = PgValues.ReadInt(reader, 16),
        ArticleStatus = PgValues.ReadText(reader, 17) is { } status && Enum.TryParse<ArticleStatus>(status, out var parsed) ? parsed : ArticleStatus.None,
        ArticleNote = PgValues.ReadText(reader, 18),
        ArticleConfidence = reader.IsDBNull(19) ? null : reader.GetDouble(19),
        CanonicalLink = PgValues.ReadText(reader, 20),
        Language = PgValues.ReadText(reader, 21),
        SourceFingerprint = PgValues.ReadText(reader, 22),
        ExtractionPath = PgValues.ReadText(reader, 23),
        ArticleAttempts = reader.GetInt32(24),
        ArticleRetryAt = PgValues.ReadTime(reader, 25),
        ArticleDecidedBy = PgValues.ReadText(reader, 26),
        Image = PgValues.ReadText(reader, 27),
    };
}
