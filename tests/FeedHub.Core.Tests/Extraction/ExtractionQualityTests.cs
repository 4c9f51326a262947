using System.Globalization;
using System.Text.Json;
using FeedHub.Core.Extraction;
using FeedHub.Core.Text;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>
/// The extractor on the hand-made fixture pages (tests/fixtures/extraction: news, live blog, paywall teaser,
/// forum, docs, listicles, recipe, review, six languages including Arabic and Japanese), scored as issue 4
/// measures it: precision, recall and F1 of token 4-shingles against the expected text.
/// </summary>
public class ExtractionQualityTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "extraction");
    private readonly ArticleExtractor extractor = new();

    public static TheoryData<string> Pages() => new(Directory.EnumerateFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_keeps_its_article_and_drops_the_chrome(string page)
    {
        var (expected, article) = Extract(page);
        var (precision, recall, f1) = Shingles.Overlap(expected, article.Text);

        Assert.True(f1 >= 0.85, string.Create(CultureInfo.InvariantCulture, $"{page}: F1 {f1:F3} (P {precision:F3}, R {recall:F3})\n{article.Text}"));
    }

    [Fact]
    public void Mean_f1_over_all_pages_stays_at_the_measured_level()
    {
        var scores = Directory.EnumerateFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Select(page => Extract(page)).Select(r => Shingles.Overlap(r.Expected, r.Article.Text).F1).ToList();

        Assert.True(scores.Count >= 30);
        Assert.True(scores.Average() >= 0.96, string.Create(CultureInfo.InvariantCulture, $"mean F1 {scores.Average():F3}"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Title_is_the_headline_without_the_site_name(string page)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, page + ".json")));
        var (_, article) = Extract(page);

        Assert.Equal(meta.RootElement.GetProperty("title").GetString(), article.Title);
    }

    private (string Expected, Model.Article Article) Extract(string page)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, page + ".json")));
        var url = new Uri(meta.RootElement.GetProperty("url").GetString()!);
        return (File.ReadAllText(Path.Combine(Folder, page + ".txt")), extractor.Extract(File.ReadAllText(Path.Combine(Folder, page + ".html")), url));
    }
}
