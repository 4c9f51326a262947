namespace FeedHub.Core.Tests.Extraction;

/// <summary>Every HTML page under tests/fixtures, for theories that must hold on all of them.</summary>
public static class FixturePages
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <summary>Each page's path relative to <see cref="Folder"/>, in ordinal order.</summary>
    public static TheoryData<string> All() => new(Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Folder, path)).Order(StringComparer.Ordinal));

    public static string Read(string page) => File.ReadAllText(Path.Combine(Folder, page));
}
