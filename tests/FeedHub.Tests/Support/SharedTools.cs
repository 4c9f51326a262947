namespace FeedHub.Tests.Support;

/// <summary>
/// Locates the team's shared tools (../shared beside the checkout, or FEEDHUB_SHARED): the conformance corpus and
/// the feed-reader clients. Tests that need them are skipped, with the reason, on machines that lack them.
/// </summary>
public static class SharedTools
{
    public static string? Folder { get; } = Find();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Path(string relative)
    {
        var path = Folder is null ? null : System.IO.Path.Combine(Folder, relative);
        return path is not null && (File.Exists(path) || Directory.Exists(path)) ? path : null;
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("FEEDHUB_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(FindRepositoryRoot(), "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FeedHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FeedHub.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that runs only where a shared tool exists (see <see cref="SharedTools"/>).</summary>
public sealed class SharedToolFactAttribute : FactAttribute
{
    public SharedToolFactAttribute(string relativePath)
    {
        if (SharedTools.Path(relativePath) is null)
        {
            Skip = $"../shared/{relativePath} is not on this machine (set FEEDHUB_SHARED to its folder)";
        }
    }
}
