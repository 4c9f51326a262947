namespace FeedHub.Storage.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TemporaryDatabase : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "feedhub-tests", Guid.NewGuid().ToString("N"));

    public SqliteDatabase Database { get; private set; } = null!;

    public SqliteFeedStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = new SqliteDatabase(Path.Combine(folder, "feedhub.db"));
        await Database.MigrateAsync(CancellationToken.None);
        Store = new SqliteFeedStore(Database);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
