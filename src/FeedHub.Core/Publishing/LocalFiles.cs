using FeedHub.Core.Model;

namespace FeedHub.Core.Publishing;

/// <summary>
/// The files of local sources (feeds the operator keeps on disk, such as the bundled samples) as readers reach them.
/// Their items link to file: URLs, which expose the server's folders and go nowhere in a feed reader; FeedHub serves
/// each local source's folder itself at local/{source id}/ and publishes that address instead. A file link outside
/// every local source's folder is not published at all.
/// </summary>
public sealed class LocalFiles
{
    public const string RoutePrefix = "local/";
    private readonly List<(string SourceId, string Folder)> folders;

    public LocalFiles(IEnumerable<SourceDefinition> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        folders = [.. sources.Where(s => s.IsLocalFile)
            .Select(s => (s.Id, Folder: WithSeparator(Path.GetDirectoryName(s.Location.LocalPath)!)))
            .OrderByDescending(f => f.Folder.Length)];
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
        foreach (var (sourceId, folder) in folders)
        {
            if (path.StartsWith(folder, StringComparison.Ordinal))
            {
                var relative = string.Join('/', path[folder.Length..].Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
                return new Uri(publicBase, $"{RoutePrefix}{Uri.EscapeDataString(sourceId)}/{relative}").AbsoluteUri;
            }
        }

        return null;
    }

    /// <summary>The file at <paramref name="relativePath"/> in the folder of the local source <paramref name="sourceId"/>; null when there is none or the path leaves the folder.</summary>
    public string? Find(string sourceId, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var folder = folders.Find(f => f.SourceId == sourceId).Folder;
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
