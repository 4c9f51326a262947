using FeedHub.Configuration;
using FeedHub.Storage.Postgres;

namespace FeedHub.Scheduling;

/// <summary>
/// On PostgreSQL, applies the other nodes' writes to this node's content versions (<see cref="PostgresChangeListener"/>:
/// PostgreSQL's LISTEN/NOTIFY), so that its output cache drops a document another node's poll changed. On SQLite there
/// is one node, and nothing to listen to.
/// </summary>
internal sealed class ChangeListening(FeedHubCatalog catalog, IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        catalog.UsesPostgres ? services.GetRequiredService<PostgresChangeListener>().RunAsync(stoppingToken) : Task.CompletedTask;
}
