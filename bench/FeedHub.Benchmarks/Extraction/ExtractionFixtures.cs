using System.Text.Json;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>The hand-made extraction fixtures (tests/fixtures/extraction): page, expected text and page URL.</summary>
public sealed record ExtractionFixture(string Name, string Html, string ExpectedText, Uri Url)
{
    public static IReadOnlyList<ExtractionFixture> Load(string? folder = null)
    {
        folder ??= FindFolder();
        return [.. Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal).Select(page =>
        {
            var name = Path.GetFileNameWithoutExtension(page);
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(page, ".json")));
            return new ExtractionFixture(name, File.ReadAllText(page), File.ReadAllText(Path.ChangeExtension(page, ".txt")),
                new Uri(meta.RootElement.GetProperty("url").GetString()!));
        })];
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "extraction");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/extraction not found above " + AppContext.BaseDirectory);
    }
}
