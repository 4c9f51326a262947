using System.Text.Json;
using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>
/// The bundled sample pages, each a real-looking article buried in chrome, with hand-picked phrases that must
/// survive extraction (body, headings, callouts, FAQs, tables, captions, code) and phrases of chrome that must not.
/// </summary>
public class SamplePageTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var expectation in Load())
        {
            data.Add(expectation.Page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Keeps_the_article_and_drops_the_chrome(string page)
    {
        var expected = Load().Single(e => e.Page == page);
        var path = Path.Combine(Samples, page);
        var article = new ArticleExtractor().Extract(File.ReadAllText(path), new Uri(path));

        Assert.Equal(expected.Title, article.Title);
        var missing = expected.MustContain.Where(p => !Normalize(article.Text).Contains(Normalize(p), StringComparison.Ordinal)).ToList();
        var leaked = expected.MustNotContain.Where(p => Normalize(article.Text).Contains(Normalize(p), StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(missing.Count == 0, "article text lost: " + string.Join(" | ", missing));
        Assert.True(leaked.Count == 0, "chrome kept: " + string.Join(" | ", leaked));
        Assert.True(article.WordCount > 150, $"only {article.WordCount} words");
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static List<PageExpectation> Load() =>
        JsonSerializer.Deserialize<List<PageExpectation>>(File.ReadAllText(Path.Combine(Samples, "sample-expectations.json")), Json)!;

    private sealed record PageExpectation(string Page, string Title, IReadOnlyList<string> MustContain, IReadOnlyList<string> MustNotContain);
}
