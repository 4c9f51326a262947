using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>
/// Realistic feeds (testdata/golden, each imitating one generator and its quirks; see its README) parsed and
/// compared with their reviewed golden JSON in testdata/golden/expected. To regenerate after a deliberate change,
/// run with FEEDHUB_UPDATE_GOLDEN=1 and review the diff before committing.
/// </summary>
public class GoldenFeedTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "testdata", "golden");

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TheoryData<string> Feeds() => new(Directory.EnumerateFiles(Folder)
        .Select(Path.GetFileName).OfType<string>()
        .Where(f => Path.GetExtension(f) is ".rss" or ".atom" or ".rdf" or ".json").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Feeds))]
    public void Parses_to_its_golden_result(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var feed = new FeedParser().Parse(bytes, new Uri("https://feeds.example/" + file));
        var actual = JsonSerializer.Serialize(feed, Json).ReplaceLineEndings("\n") + "\n";
        var decodedAtOnce = new FeedParser().Parse(bytes.AsSpan(), new Uri("https://feeds.example/" + file)); // no long text left in the document
        Assert.Equal(actual, JsonSerializer.Serialize(decodedAtOnce, Json).ReplaceLineEndings("\n") + "\n");
        var goldenName = Path.ChangeExtension(file, Path.GetExtension(file)[1..] + ".json");

        if (Environment.GetEnvironmentVariable("FEEDHUB_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(RepositoryRoot(), "tests", "FeedHub.Core.Tests", "testdata", "golden", "expected");
            Directory.CreateDirectory(source);
            File.WriteAllText(Path.Combine(source, goldenName), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(Folder, "expected", goldenName)).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FeedHub.sln not found");
    }
}
