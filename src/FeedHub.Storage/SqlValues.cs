using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FeedHub.Storage;

/// <summary>Conversions between model values and SQLite columns: times as fixed-width UTC ISO 8601 (so they sort as text), lists as JSON.</summary>
internal static class SqlValues
{
    public static object Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) : DBNull.Value;

    public static object Text(string? value) => value is null ? DBNull.Value : value;

    public static object Int(int? value) => value is { } v ? v : DBNull.Value;

    public static string List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    public static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string? ReadText(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ReadInt(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static IReadOnlyList<string> ReadList(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : JsonSerializer.Deserialize(reader.GetString(ordinal), StorageJsonContext.Default.IReadOnlyListString) ?? [];

    public static void Add(this SqliteCommand command, string name, object value) => command.Parameters.AddWithValue(name, value);

    /// <summary>Every row the command returns, each read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(read);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
