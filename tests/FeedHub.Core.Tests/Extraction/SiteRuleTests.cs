using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

public class SiteRuleTests
{
    private const string Page = """
        <html><head><title>Story | Site</title></head><body>
          <div class="c-1"><p>Sidebar text that the heuristics would happily take, with commas, many words, and more words, and more.</p>
            <p>More sidebar text, with commas, many words, and more words, and more, and more, and more.</p></div>
          <div class="x-9"><p>The real story, which the operator knows lives here.</p><div class="promo">Buy our mug</div></div>
          <div class="x-9"><p>Its second part, in a second block.</p></div>
        </body></html>
        """;

    private static readonly SiteRule Rule = new("news.example", ".x-9", [".promo"]);

    [Fact]
    public void The_content_selector_overrides_the_heuristics_and_remove_strips_first()
    {
        var article = new ArticleExtractor([Rule]).Extract(Page, new Uri("https://www.news.example/story"));

        Assert.Equal("The real story, which the operator knows lives here.\n\nIts second part, in a second block.", article.Text);
    }

    [Fact]
    public void Other_hosts_keep_the_heuristics()
    {
        var article = new ArticleExtractor([Rule]).Extract(Page, new Uri("https://other.example/story"));

        Assert.Contains("Sidebar text", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_and_never_content_elements_inside_the_chosen_content_are_dropped()
    {
        const string page = """
            <html><body><div class="x-9"><p>Visible story text.</p><p style="display: none">Hidden text.</p>
              <p aria-hidden="true">Screen-reader-hidden text.</p><script>var tracking = 1;</script><form><input value="Search"></form></div></body></html>
            """;

        var article = new ArticleExtractor([Rule]).Extract(page, new Uri("https://news.example/story"));

        Assert.Equal("Visible story text.", article.Text);
    }

    [Theory]
    [InlineData("https://news.example/a", true)]
    [InlineData("https://www.news.example/a", true)]
    [InlineData("https://badnews.example/a", false)]
    public void A_rule_covers_its_host_and_subdomains(string url, bool applies) =>
        Assert.Equal(applies, Rule.AppliesTo(new Uri(url)));
}
