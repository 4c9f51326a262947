using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>
/// The page the product brief describes: a news article buried in a cookie banner, navigation, an ad-block notice,
/// a breadcrumb, share buttons, "You may also like" teasers, a comment form and a newsletter box, with a byline,
/// an inline "Did you know?" callout, headings and an FAQ that belong to the article.
/// </summary>
public class SeedNewsPageTests
{
    private static readonly string PagePath = Path.Combine(AppContext.BaseDirectory, "fixtures", "seed", "news-page.html");
    private readonly Model.Article article = new ArticleExtractor().Extract(File.ReadAllText(PagePath), new Uri("https://gazette.example/city/riverside-park"));

    [Theory]
    [InlineData("What the park will include")]
    [InlineData("Cost and timetable")]
    [InlineData("Did you know?")]
    [InlineData("more than two hundred wagons a day")]
    [InlineData("Frequently asked questions")]
    [InlineData("Will the park be open at night?")]
    [InlineData("a fenced area near the engine shed")]
    [InlineData("The fourteen allotments stay where they are")]
    [InlineData("forty of them at social rents")]
    public void Keeps_the_article_with_its_headings_callout_and_faq(string phrase) =>
        Assert.Contains(phrase, article.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("cookie")]
    [InlineData("ad blocker")]
    [InlineData("Riverside park\n")]
    [InlineData("Share on Facebook")]
    [InlineData("Share by email")]
    [InlineData("You may also like")]
    [InlineData("New bus lanes on Station Road")]
    [InlineData("Post comment")]
    [InlineData("Your comment")]
    [InlineData("Riverside Morning briefing")]
    [InlineData("All rights reserved")]
    public void Drops_the_chrome(string phrase) =>
        Assert.DoesNotContain(phrase, article.Text, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Reads_the_headline_and_the_byline()
    {
        Assert.Equal("City council approves new riverside park after two-year consultation", article.Title);
        Assert.Equal("James Carter", article.Author);
        Assert.Contains("James Carter", article.Byline, StringComparison.Ordinal);
        Assert.Equal("Riverside Gazette", article.SiteName);
        Assert.Equal(ExtractionPaths.Main, article.ExtractionPath);
    }

    [Fact]
    public void Does_not_repeat_the_byline_or_the_headline_in_the_text()
    {
        Assert.DoesNotContain("City Reporter", article.Text, StringComparison.Ordinal);
        Assert.False(article.Text.StartsWith(article.Title!, StringComparison.Ordinal), "the text repeats the headline");
    }
}
