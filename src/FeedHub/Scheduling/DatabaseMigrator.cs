using FeedHub.Core.Store;

namespace FeedHub.Scheduling;

/// <summary>Brings the database schema up to date before anything else starts.</summary>
internal sealed class DatabaseMigrator(IFeedDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
