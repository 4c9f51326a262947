using FeedHub.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Support;

/// <summary>FeedHub's real services (SQLite store, fetcher, pipeline) from in-memory settings, without the host around them.</summary>
public static class PipelineServices
{
    /// <summary>The services for these settings ("FeedHub:..." keys), with <paramref name="folder"/> as the config folder.</summary>
    public static ServiceProvider Build(string folder, Dictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddLogging()
        .AddFeedHub(new ConfigLocation(null, folder))
        .BuildServiceProvider();
}
