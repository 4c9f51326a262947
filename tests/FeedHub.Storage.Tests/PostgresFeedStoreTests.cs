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

    [PostgresFact]
    public async Task A_nul_character_a_feed_carries_is_dropped_rather_than_failing_every_poll()
    {
        var state = new Core.Model.SourceState { SourceId = "s1", Title = "Town\0 news" };
        var entry = new Core.Model.Entry { SourceId = "s1", ItemKey = "k\01", Title = "Fair\0", Categories = ["a\0"], ContentHash = "h", FirstSeen = DateTimeOffset.UnixEpoch, LastChanged = DateTimeOffset.UnixEpoch };

        await Store.SavePollAsync(new Core.Store.PollWrite(state, [entry], new Dictionary<string, string>()), CancellationToken.None); // PostgreSQL text cannot hold U+0000

        var stored = Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None));
        Assert.Equal(("k1", "Fair", "a"), (stored.ItemKey, stored.Title, Assert.Single(stored.Categories)));
        Assert.Equal("Town news", (await Store.GetSourceStateAsync("s1", CancellationToken.None))?.Title);
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
