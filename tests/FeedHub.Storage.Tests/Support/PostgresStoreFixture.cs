using FeedHub.Core.Store;
using FeedHub.Storage.Postgres;
using Npgsql;

namespace FeedHub.Storage.Tests.Support;

/// <summary>
/// A fresh database on the FEEDHUB_TEST_POSTGRES server for one test class, migrated once, its FeedHub tables
/// truncated before each test and the whole database dropped afterwards. Without the variable it does nothing (the
/// class's tests are skipped).
/// </summary>
public sealed class PostgresStoreFixture : IStoreFixture
{
    public string ConnectionString { get; private set; } = null!;

    public PostgresDatabase Database { get; private set; } = null!;

    public PostgresFeedStore Store { get; private set; } = null!;

    IFeedStore IStoreFixture.Store => Store;

    public IFeedStore StoreWith(ContentVersions versions) => new PostgresFeedStore(Database, versions);

    public async Task InitializeAsync()
    {
        if (!PostgresTestServer.IsAvailable)
        {
            return;
        }

        ConnectionString = await PostgresTestServer.CreateDatabaseAsync();
        Database = new PostgresDatabase(ConnectionString);
        await Database.MigrateAsync(CancellationToken.None);
        Store = new PostgresFeedStore(Database);
    }

    public async Task ResetAsync()
    {
        if (Database is null)
        {
            return;
        }

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("TRUNCATE source_state, entries, extracted_pages, digests, feed_archives", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (Database is null)
        {
            return;
        }

        await Database.DisposeAsync();
        await PostgresTestServer.DropDatabaseAsync(ConnectionString);
    }
}
