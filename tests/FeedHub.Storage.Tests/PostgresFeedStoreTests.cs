using FeedHub.Storage.Postgres;
using FeedHub.Storage.Tests.Support;
using Npgsql;

namespace FeedHub.Storage.Tests;

/// <summary>The shared store facts on a fresh PostgreSQL database (skipped without FEEDHUB_TEST_POSTGRES), and what only its schema has.</summary>
[RequiresPostgres]
public sealed class PostgresFeedStoreTests(PostgresStoreFixture fixture) : FeedStoreTests<PostgresStoreFixture>(fixture)
{
    private static readonly string[] QuartzTables =
    [
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_job_details", "qrtz_locks",
        "qrtz_paused_job_grps", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers",
    ];

    [PostgresFact]
    public async Task Migrations_run_once_and_include_quartz_job_store_tables()
    {
        await Fixture.Database.MigrateAsync(CancellationToken.None);

        Assert.Equal([1, 2], await QueryAsync("SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt32(0)));
        Assert.Equal(QuartzTables, await QueryAsync("SELECT table_name::text FROM information_schema.tables WHERE table_name LIKE 'qrtz\\_%' ORDER BY 1", r => r.GetString(0)));
        Assert.True(await Store.PingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Ping_is_false_when_the_server_cannot_be_reached()
    {
        await using var unreachable = new PostgresDatabase("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2");

        Assert.False(await new PostgresFeedStore(unreachable).PingAsync(CancellationToken.None));
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = await Fixture.Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
