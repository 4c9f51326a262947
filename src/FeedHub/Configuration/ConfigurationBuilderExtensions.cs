namespace FeedHub.Configuration;

/// <summary>Layers the configuration: config/feedhub.json, then environment variables, then the command line (last wins).</summary>
public static class ConfigurationBuilderExtensions
{
    public static IConfigurationBuilder AddFeedHubConfiguration(this IConfigurationBuilder configuration, ConfigLocation location, string[] args)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.FilePath is not null)
        {
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
