using System.Text.Json;
using FeedHub.Core.Model;
using Npgsql;

namespace FeedHub.Storage.Postgres;

public sealed partial class PostgresFeedStore
{
    private const string SourceColumns = "source_id, etag, last_modified, last_polled, next_due, last_error, consecutive_failures, title, "
        + "moved_to, moved_from, redirect_target, redirect_streak, gone_since, gone_at, schedule, site_link, failing_since";

    public async Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {SourceColumns} FROM source_state WHERE source_id = @id", connection);
        command.Parameters.Add("id", PgValues.Text(sourceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadSourceState(reader) : null;
    }

    public async Task<IReadOnlyList<SourceState>> GetSourceStatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {SourceColumns} FROM source_state ORDER BY source_id", connection);
        return await PgValues.ReadAllAsync(command, ReadSourceState, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a source's state alone (a poll writes it with its entries in <see cref="SavePollAsync"/>).</summary>
    public async Task SaveSourceStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await InTransactionAsync(batch =>
        {
            AddSourceState(batch, state);
            Notify(batch, ChangeNotices.Any);
        }, cancellationToken).ConfigureAwait(false);
        versions?.StateChanged();
    }

    private static void AddSourceState(NpgsqlBatch batch, SourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var parameters = Statement(batch, $"""
            INSERT INTO source_state ({SourceColumns})
            VALUES (@id, @etag, @lm, @polled, @due, @error, @failures, @title, @movedTo, @movedFrom, @redirect, @streak, @goneSince, @goneAt, @schedule, @site, @failingSince)
            ON CONFLICT (source_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled = excluded.last_polled, next_due = excluded.next_due, last_error = excluded.last_error,
                consecutive_failures = excluded.consecutive_failures, title = excluded.title, moved_to = excluded.moved_to,
                moved_from = excluded.moved_from, redirect_target = excluded.redirect_target, redirect_streak = excluded.redirect_streak,
                gone_since = excluded.gone_since, gone_at = excluded.gone_at, schedule = excluded.schedule, site_link = excluded.site_link,
                failing_since = excluded.failing_since
            """).Parameters;
        parameters.Add("id", PgValues.Text(state.SourceId));
        parameters.Add("etag", PgValues.Text(state.ETag));
        parameters.Add("lm", PgValues.Text(state.LastModified));
        parameters.Add("polled", PgValues.Time(state.LastPolled));
        parameters.Add("due", PgValues.Time(state.NextDue));
        parameters.Add("error", PgValues.Text(state.LastError));
        parameters.Add("failures", state.ConsecutiveFailures);
        parameters.Add("title", PgValues.Text(state.Title));
        parameters.Add("movedTo", PgValues.Text(state.MovedTo));
        parameters.Add("movedFrom", PgValues.Text(state.MovedFrom));
        parameters.Add("redirect", PgValues.Text(state.RedirectTarget));
        parameters.Add("streak", state.RedirectStreak);
        parameters.Add("goneSince", PgValues.Time(state.GoneSince));
        parameters.Add("goneAt", PgValues.Text(state.GoneAt));
        parameters.AddJson("schedule", state.Schedule.IsEmpty ? null : JsonSerializer.Serialize(state.Schedule, PostgresJsonContext.Default.PublishingSchedule));
        parameters.Add("site", PgValues.Text(state.SiteLink));
        parameters.Add("failingSince", PgValues.Time(state.FailingSince));
    }

    private static SourceState ReadSourceState(NpgsqlDataReader reader) => new()
    {
        SourceId = reader.GetString(0),
        ETag = PgValues.ReadText(reader, 1),
        LastModified = PgValues.ReadText(reader, 2),
        LastPolled = PgValues.ReadTime(reader, 3),
        NextDue = PgValues.ReadTime(reader, 4),
        LastError = PgValues.ReadText(reader, 5),
        ConsecutiveFailures = reader.GetInt32(6),
        Title = PgValues.ReadText(reader, 7),
        MovedTo = PgValues.ReadText(reader, 8),
        MovedFrom = PgValues.ReadText(reader, 9),
        RedirectTarget = PgValues.ReadText(reader, 10),
        RedirectStreak = reader.GetInt32(11),
        GoneSince = PgValues.ReadTime(reader, 12),
        GoneAt = PgValues.ReadText(reader, 13),
        Schedule = PgValues.ReadText(reader, 14) is { } json
            ? JsonSerializer.Deserialize(json, PostgresJsonContext.Default.PublishingSchedule) ?? PublishingSchedule.None
            : PublishingSchedule.None,
        SiteLink = PgValues.ReadText(reader, 15),
        FailingSince = PgValues.ReadTime(reader, 16),
    };
}
