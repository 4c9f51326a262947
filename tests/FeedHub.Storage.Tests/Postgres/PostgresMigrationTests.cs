using FeedHub.Storage.Postgres;
using FeedHub.Storage.Tests.Support;
using Npgsql;

namespace FeedHub.Storage.Tests.Postgres;

/// <summary>Nodes starting together on one empty database: the schema is applied once, whoever gets there first.</summary>
public sealed class PostgresMigrationTests
{
    [PostgresFact]
    public async Task Two_nodes_migrating_an_empty_database_at_once_apply_each_migration_once()
    {
        var connectionString = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            await using var first = new PostgresDatabase(connectionString);
            await using var second = new PostgresDatabase(connectionString);

            await Task.WhenAll(first.MigrateAsync(CancellationToken.None), second.MigrateAsync(CancellationToken.None), first.MigrateAsync(CancellationToken.None));

            await using var connection = await first.OpenAsync(CancellationToken.None);
            await using var command = new NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations", connection);
            Assert.Equal("1,2", await command.ExecuteScalarAsync());
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connectionString);
        }
    }
}
