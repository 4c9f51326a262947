using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>The shared store facts on a temporary SQLite file, and what only SQLite has (WAL mode, its own migration list).</summary>
public sealed class SqliteFeedStoreTests(SqliteStoreFixture fixture) : FeedStoreTests<SqliteStoreFixture>(fixture)
{
    [Fact]
    public async Task Migrations_run_once_and_the_file_is_in_wal_mode()
    {
        await Fixture.Database.MigrateAsync(CancellationToken.None);
        await using var connection = await Fixture.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM schema_migrations";
        Assert.Equal(11L, (long?)await command.ExecuteScalarAsync());
        Assert.True(await Store.PingAsync(CancellationToken.None));
    }
}
