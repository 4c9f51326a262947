using FeedHub.Configuration;
using FeedHub.Core.Store;

namespace FeedHub.Cli;

/// <summary>The service's pipeline for a command: its dependencies on the configuration the arguments name, without web server or scheduler, database migrated.</summary>
internal static class CliHost
{
    public static async Task<IHost> StartAsync(string[] args, CancellationToken cancellationToken)
    {
        var host = Build(args);
        try
        {
            await host.Services.GetRequiredService<IFeedDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The same services without touching the database, for commands that only read the configuration and the network.</summary>
    public static IHost Build(string[] args)
    {
        var location = ConfigLocation.Find(args, Directory.GetCurrentDirectory());
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.AddFeedHubConsole();
        builder.Configuration.AddFeedHubConfiguration(location, args);
        builder.Services.AddFeedHub(location);
        return builder.Build();
    }
}
