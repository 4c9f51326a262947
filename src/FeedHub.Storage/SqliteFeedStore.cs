using FeedHub.Core.Store;

namespace FeedHub.Storage;

/// <summary>
/// The SQLite implementation of <see cref="IFeedStore"/>; its SQL is split by aggregate over the partial files beside
/// this one. After each committed write it bumps <see cref="ContentVersions"/>, which published documents are cached by.
/// </summary>
public sealed partial class SqliteFeedStore(SqliteDatabase database, ContentVersions? versions = null) : IFeedStore
{
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }
}
