using System.Text.Json;
using FeedHub.Core.Model;
using Microsoft.Data.Sqlite;

namespace FeedHub.Storage;

public sealed partial class SqliteFeedStore
{
    private const string SourceColumns = "source_id, etag, last_modified, last_polled, next_due, last_error, consecutive_failures, title, "
        + "moved_to, moved_from, redirect_target, redirect_streak, gone_since, gone_at, schedule, site_link, failing_since";

    public async Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SourceColumns} FROM source_state WHERE source_id = $id";
        command.Add("$id", sourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadSourceState(reader) : null;
    }

    public async Task<IReadOnlyList<SourceState>> GetSourceStatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SourceColumns} FROM source_state ORDER BY source_id";
        return await SqlValues.ReadAllAsync(command, ReadSourceState, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a source's state alone (a poll writes it with its entries in <see cref="SavePollAsync"/>).</summary>
    public async Task SaveSourceStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        await InTransactionAsync((connection, transaction) => WriteSourceStateAsync(connection, transaction, state, cancellationToken), cancellationToken).ConfigureAwait(false);
        versions?.StateChanged();
    }

    private static async Task WriteSourceStateAsync(SqliteConnection connection, SqliteTransaction transaction, SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO source_state ({SourceColumns})
            VALUES ($id, $etag, $lm, $polled, $due, $error, $failures, $title, $movedTo, $movedFrom, $redirect, $streak, $goneSince, $goneAt, $schedule, $site, $failingSince)
            ON CONFLICT (source_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled = excluded.last_polled, next_due = excluded.next_due, last_error = excluded.last_error,
                consecutive_failures = excluded.consecutive_failures, title = excluded.title, moved_to = excluded.moved_to,
                moved_from = excluded.moved_from, redirect_target = excluded.redirect_target, redirect_streak = excluded.redirect_streak,
                gone_since = excluded.gone_since, gone_at = excluded.gone_at, schedule = excluded.schedule, site_link = excluded.site_link,
                failing_since = excluded.failing_since
            """;
        command.Add("$id", state.SourceId);
        command.Add("$etag", SqlValues.Text(state.ETag));
        command.Add("$lm", SqlValues.Text(state.LastModified));
        command.Add("$polled", SqlValues.Time(state.LastPolled));
        command.Add("$due", SqlValues.Time(state.NextDue));
        command.Add("$error", SqlValues.Text(state.LastError));
        command.Add("$failures", state.ConsecutiveFailures);
        command.Add("$title", SqlValues.Text(state.Title));
        command.Add("$movedTo", SqlValues.Text(state.MovedTo));
        command.Add("$movedFrom", SqlValues.Text(state.MovedFrom));
        command.Add("$redirect", SqlValues.Text(state.RedirectTarget));
        command.Add("$streak", state.RedirectStreak);
        command.Add("$goneSince", SqlValues.Time(state.GoneSince));
        command.Add("$goneAt", SqlValues.Text(state.GoneAt));
        command.Add("$schedule", state.Schedule.IsEmpty ? DBNull.Value : JsonSerializer.Serialize(state.Schedule, StorageJsonContext.Default.PublishingSchedule));
        command.Add("$site", SqlValues.Text(state.SiteLink));
        command.Add("$failingSince", SqlValues.Time(state.FailingSince));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SourceState ReadSourceState(SqliteDataReader reader) => new()
    {
        SourceId = reader.GetString(0),
        ETag = SqlValues.ReadText(reader, 1),
        LastModified = SqlValues.ReadText(reader, 2),
        LastPolled = SqlValues.ReadTime(reader, 3),
        NextDue = SqlValues.ReadTime(reader, 4),
        LastError = SqlValues.ReadText(reader, 5),
        ConsecutiveFailures = reader.GetInt32(6),
        Title = SqlValues.ReadText(reader, 7),
        MovedTo = SqlValues.ReadText(reader, 8),
        MovedFrom = SqlValues.ReadText(reader, 9),
        RedirectTarget = SqlValues.ReadText(reader, 10),
        RedirectStreak = reader.GetInt32(11),
        GoneSince = SqlValues.ReadTime(reader, 12),
        GoneAt = SqlValues.ReadText(reader, 13),
        Schedule = SqlValues.ReadText(reader, 14) is { } json
            ? JsonSerializer.Deserialize(json, StorageJsonContext.Default.PublishingSchedule) ?? PublishingSchedule.None
            : PublishingSchedule.None,
        SiteLink = SqlValues.ReadText(reader, 15),
        FailingSince = SqlValues.ReadTime(reader, 16),
    };
}
