using FeedHub.Core.Store;

namespace FeedHub.Storage.Tests.Support;

/// <summary>A real SQLite file in a fresh temporary folder, a new one for each test, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IStoreFixture
{
    private string? folder;

    public SqliteDatabase Database { get; private set; } = null!;

    public SqliteFeedStore Store { get; private set; } = null!;

    IFeedStore IStoreFixture.Store => Store;

    public IFeedStore StoreWith(ContentVersions versions) => new SqliteFeedStore(Database, versions);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task ResetAsync()
    {
        await DisposeAsync();
        folder = Path.Combine(Path.GetTempPath(), "feedhub-tests", Guid.NewGuid().ToString("N"));
        Database = new SqliteDatabase(Path.Combine(folder, "feedhub.db"));
        await Database.MigrateAsync(CancellationToken.None);
        Store = new SqliteFeedStore(Database);
    }

    public Task DisposeAsync()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            folder = null;
        }

        return Task.CompletedTask;
    }
}
