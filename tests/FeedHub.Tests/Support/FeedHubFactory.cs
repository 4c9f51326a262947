using System.Text.Json;
using FeedHub.Configuration;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FeedHub.Tests.Support;

/// <summary>
/// Starts the real FeedHub service (Program) in-process on a configuration written to a temporary folder, with its
/// own SQLite file. The configuration reaches Program through FEEDHUB_CONFIG, so tests using this run one at a time.
/// </summary>
public sealed class FeedHubFactory : WebApplicationFactory<Program>
{
    private readonly string? previousConfig = Environment.GetEnvironmentVariable(ConfigLocation.EnvironmentVariable);

    public FeedHubFactory(object feedHubSection)
    {
        Folder = Path.Combine(Path.GetTempPath(), "feedhub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var config = new Dictionary<string, object> { ["FeedHub"] = feedHubSection, ["Logging"] = new { LogLevel = new { Default = "Warning" } } };
        ConfigPath = Path.Combine(Folder, "feedhub.json");
        File.WriteAllText(ConfigPath, JsonSerializer.Serialize(config));
        Environment.SetEnvironmentVariable(ConfigLocation.EnvironmentVariable, ConfigPath);
    }

    public string Folder { get; }

    public string ConfigPath { get; }

    public string DatabasePath => Path.Combine(Folder, "feedhub.db");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Environment.SetEnvironmentVariable(ConfigLocation.EnvironmentVariable, previousConfig);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing background poll; the temp folder is cleaned by the OS later.
        }
    }
}
