using FeedHub.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Support;

/// <summary>FeedHub's real services (SQLite store, fetcher, pipeline) from in-memory settings, without the host around them.</summary>
public static class PipelineServices
{
    /// <summary>The services for these settings ("FeedHub:..." keys), with <paramref name="folder"/> as the config folder.</summary>
    /// <param name="folder">The config folder (relative paths in the settings are under it).</param>
    /// <param name="settings">"FeedHub:..." keys and their values.</param>
    /// <param name="replace">Changes to the real services (a store that fails, say) before the provider is built.</param>
    public static ServiceProvider Build(string folder, Dictionary<string, string?> settings, Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddFeedHub(new ConfigLocation(null, folder));
        replace?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
