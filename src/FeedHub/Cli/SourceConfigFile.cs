using System.Text;
using System.Text.Json.Nodes;
using FeedHub.Configuration;

namespace FeedHub.Cli;

/// <summary>
/// Writes new sources into the configuration file the command's arguments name (config/feedhub.json when none
/// exists yet): the file's text with the sources inserted (<see cref="SourceFileEditor"/>), checked by loading it
/// the way the service will, then put in place in one rename, so a mistake leaves the old file untouched.
/// </summary>
internal static class SourceConfigFile
{
    /// <summary>Where sources are written: the configuration file in use, else config/feedhub.json here.</summary>
    public static string PathOf(string[] args) =>
        ConfigLocation.Find(args, Directory.GetCurrentDirectory()) is var location && location.FilePath is { } file ? file : Path.Combine(location.RootDirectory, "config", "feedhub.json");

    /// <summary>Adds the sources; returns the file written.</summary>
    /// <exception cref="ConfigurationException">The result would not be a configuration the service can start with.</exception>
    public static async Task<string> AddAsync(string[] args, IReadOnlyList<JsonObject> sources, CancellationToken cancellationToken)
    {
        var location = ConfigLocation.Find(args, Directory.GetCurrentDirectory());
        var path = location.FilePath ?? Path.Combine(location.RootDirectory, "config", "feedhub.json");
        var bytes = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : [];
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var edited = SourceFileEditor.AddSources(Encoding.UTF8.GetString(bom ? bytes[3..] : bytes), sources);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var next = path + ".new";
        await File.WriteAllTextAsync(next, edited, new UTF8Encoding(bom), cancellationToken).ConfigureAwait(false);
        try
        {
            Check(location with { FilePath = next });
            File.Move(next, path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(next);
        }
    }

    /// <summary>Loads the file as the service would, which throws with the operator's message when it is not valid.</summary>
    private static void Check(ConfigLocation location)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddFeedHubConfiguration(location, []);
        builder.Services.AddFeedHub(location);
        using var host = builder.Build();
        _ = host.Services.GetRequiredService<FeedHubCatalog>();
    }
}
