using FeedHub.Core.Model;

namespace FeedHub.Core.Publishing;

/// <summary>
/// The files of local sources (feeds the operator keeps on disk, such as the bundled samples) as readers reach them.
/// Their items link to file: URLs, which expose the server's folders and go nowhere in a feed reader; FeedHub serves
/// each local source's folder itself at local/{folder name}/ (local/samples/ for the bundled samples; a second
/// folder of the same name gets "-2") and publishes that address instead. A file link outside every local source's
/// folder is not published at all.
/// </summary>
public sealed class LocalFiles
{
    public const string RoutePrefix = "local/";
    private readonly List<(string Key, string Folder)> folders;

    public LocalFiles(IEnumerable<SourceDefinition> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<(string Key, string Folder)>();
        foreach (var folder in sources.Where(s => s.IsLocalFile).Select(s => WithSeparator(Path.GetDirectoryName(s.Location.LocalPath)!)).Distinct(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant() is { Length: > 0 } n ? n : "files";
            var count = seen[name] = seen.GetValueOrDefault(name) + 1;
            keyed.Add((count == 1 ? name : $"{name}-{count}", folder));
        }

        folders = [.. keyed.OrderByDescending(f => f.Folder.Length)]; // the deepest folder holding a file names it
    }

    /// <summary>The link readers get: <paramref name="link"/> itself unless it is a file: URL, else its address under <paramref name="publicBase"/>, else null.</summary>
    public string? ForReaders(string? link, Uri publicBase)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            return link;
        }

        var path = Path.GetFullPath(uri.LocalPath);
        foreach (var (key, folder) in folders)
        {
            if (path.StartsWith(folder, StringComparison.Ordinal))
            {
                var relative = string.Join('/', path[folder.Length..].Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
                return new Uri(publicBase, $"{RoutePrefix}{Uri.EscapeDataString(key)}/{relative}").AbsoluteUri;
            }
        }

        return null;
    }

    /// <summary>The file at <paramref name="relativePath"/> in the local folder served as <paramref name="key"/>; null when there is none or the path leaves the folder.</summary>
    public string? Find(string key, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var folder = folders.Find(f => f.Key == key).Folder;
        if (folder is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(folder, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    private static string WithSeparator(string folder) =>
        Path.EndsInDirectorySeparator(folder) ? Path.GetFullPath(folder) : Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
}
