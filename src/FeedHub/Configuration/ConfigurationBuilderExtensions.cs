using Microsoft.Extensions.Configuration.Memory;

namespace FeedHub.Configuration;

/// <summary>Layers the configuration: FeedHub's logging defaults, the host's own sources, config/feedhub.json, then environment variables, then the command line (last wins).</summary>
public static class ConfigurationBuilderExtensions
{
    public static IConfigurationBuilder AddFeedHubConfiguration(this IConfigurationBuilder configuration, ConfigLocation location, string[] args)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LoggingDefaults.Settings });
        if (location.FilePath is not null)
        {
            if (!File.Exists(location.FilePath))
            {
                throw new ConfigurationException($"the configuration file {location.FilePath} does not exist (it was named by --config or {ConfigLocation.EnvironmentVariable})");
            }

            configuration.Add<IndexedJsonConfigurationSource>(source =>
            {
                source.Path = location.FilePath;
                source.Optional = false;
                source.ReloadOnChange = false;
                source.ResolveFileProvider();
            });
        }

        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--once").ToArray());
        return configuration;
    }
}
