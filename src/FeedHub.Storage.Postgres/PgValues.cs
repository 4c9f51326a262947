using Npgsql;
using NpgsqlTypes;

namespace FeedHub.Storage.Postgres;

/// <summary>
/// Conversions between model values and PostgreSQL parameters and columns. Times go in as UTC (Npgsql writes only
/// offset-zero values to timestamptz) and come back as UTC, the same instant; text loses any U+0000, which a
/// PostgreSQL text value cannot hold (SQLite would keep it), so that a feed carrying one cannot fail its polls for ever.
/// </summary>
internal static class PgValues
{
    public static object Time(DateTimeOffset? time) => time is { } t ? t.ToUniversalTime() : DBNull.Value;

    public static object Text(string? value) => value is null ? DBNull.Value : Clean(value);

    public static object Int(int? value) => value is { } v ? v : DBNull.Value;

    public static string[] List(IEnumerable<string> values) => [.. values.Select(Clean)];

    public static void Add(this NpgsqlParameterCollection parameters, string name, object value) => parameters.AddWithValue(name, value);

    public static void AddJson(this NpgsqlParameterCollection parameters, string name, string? json) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json is null ? DBNull.Value : json });

    public static DateTimeOffset? ReadTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string? ReadText(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? ReadInt(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static IReadOnlyList<string> ReadList(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<string[]>(ordinal);

    /// <summary>Every row the command returns, each read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
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

    private static string Clean(string value) => value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", string.Empty, StringComparison.Ordinal) : value;
}
