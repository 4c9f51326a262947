namespace FeedHub.Configuration;

/// <summary>
/// Where the configuration file is: --config PATH or FEEDHUB_CONFIG, else config/feedhub.json in the current
/// folder or the nearest folder above it, else beside the program. Relative paths in it start from the folder
/// that holds config/ (or from the file's own folder when that is not named config).
/// </summary>
public sealed record ConfigLocation(string? FilePath, string RootDirectory)
{
    public const string EnvironmentVariable = "FEEDHUB_CONFIG";
    private static readonly string Relative = Path.Combine("config", "feedhub.json");

    public static ConfigLocation Find(string[] args, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        var explicitPath = ExplicitPath(args) ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            var full = Path.GetFullPath(explicitPath, currentDirectory);
            return new ConfigLocation(full, RootOf(full));
        }

        var found = SearchUp(currentDirectory) ?? SearchUp(AppContext.BaseDirectory);
        return found is null ? new ConfigLocation(null, currentDirectory) : new ConfigLocation(found, RootOf(found));
    }

    private static string? ExplicitPath(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                return args[i]["--config=".Length..];
            }

            if (args[i] == "--config" && i + 1 < args.Length)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string? SearchUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string RootOf(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        return Path.GetFileName(folder) == "config" ? Path.GetDirectoryName(folder)! : folder;
    }
}
