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

    /// <summary>
    /// The two later sets (written after the extractor was tuned; development sets since) held a little under what
    /// session 4 measured on them (0.898 and 0.984), so that a change that helps the main set at their expense shows.
    /// </summary>
    [Theory]
    [InlineData("extraction-heldout", 0.88)]
    [InlineData("extraction-heldout2", 0.97)]
    public void Mean_f1_on_the_later_sets_stays_at_the_measured_level(string set, double floor)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", set);
        var scores = Directory.EnumerateFiles(folder, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Select(page => Extract(page, folder)).Select(r => Shingles.Overlap(r.Expected, r.Article.Text).F1).ToList();

        Assert.True(scores.Count >= 10);
        Assert.True(scores.Average() >= floor, string.Create(CultureInfo.InvariantCulture, $"{set}: mean F1 {scores.Average():F3}"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Title_is_the_declared_title_or_the_headline_without_the_site_name(string page)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, page + ".json")));
        var (_, article) = Extract(page);

        Assert.Equal(meta.RootElement.GetProperty("title").GetString(), article.Title);
    }

    private (string Expected, Model.Article Article) Extract(string page, string? folder = null)
    {
        folder ??= Folder;
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, page + ".json")));
        var url = new Uri(meta.RootElement.GetProperty("url").GetString()!);
        return (File.ReadAllText(Path.Combine(folder, page + ".txt")), extractor.Extract(File.ReadAllText(Path.Combine(folder, page + ".html")), url));
    }
}
