using System.Text;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>
/// Hostile pages end in a result, never a crash or a hang (each extraction gets 60 s here; their time and memory
/// are measured in bench, see docs/benchmarks.md), with bounded output.
/// </summary>
public class HostilePageTests
{
    private static readonly Uri Page = new("https://news.example/story");
    private static readonly string Lead = string.Concat(Enumerable.Repeat("The council approved the harbour budget on Tuesday, after a long debate. ", 6));

    private static async Task<Article> ExtractGuardedAsync(string html) =>
        await Task.Run(() => new ArticleExtractor().Extract(html, Page)).WaitAsync(TimeSpan.FromSeconds(60));

    [Fact]
    public async Task A_twenty_megabyte_page_is_cut_to_the_page_limit()
    {
        var paragraph = "<p>" + Lead + "</p>";
        var html = "<html><body><article>" + new StringBuilder().Insert(0, paragraph, (20 << 20) / paragraph.Length) + "</article></body></html>";

        var article = await ExtractGuardedAsync(html);

        Assert.StartsWith(Lead.Trim(), article.Text, StringComparison.Ordinal);
        Assert.True(article.Text.Length <= ArticleExtractor.MaxPageCharacters);
    }

    [Fact]
    public async Task Ten_thousand_levels_of_nesting_do_not_overflow_the_stack()
    {
        var html = "<html><body><article><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</article></body></html>";

        var article = await ExtractGuardedAsync(html);

        Assert.Contains("harbour budget", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_thousand_nested_divs_keep_their_text_above_the_depth_budget()
    {
        var html = "<html><body><article><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "<p>After the nesting.</p></article></body></html>";

        var article = await ExtractGuardedAsync(html);

        Assert.Contains("harbour budget", article.Text, StringComparison.Ordinal);
        Assert.Contains("deep text", article.Text, StringComparison.Ordinal);
        Assert.Contains("After the nesting.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_million_tiny_elements_are_cut_at_the_element_budget()
    {
        var html = "<html><body><article><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<b>x</b>", 1_000_000)) + "</article></body></html>";

        var article = await ExtractGuardedAsync(html);

        Assert.StartsWith(Lead.Trim(), article.Text, StringComparison.Ordinal);
        Assert.InRange(article.Html.Split("<b>").Length - 1, 1, MarkupBudget.MaxElements);
    }

    [Fact]
    public async Task A_twenty_megabyte_page_of_a_million_elements_gives_its_opening()
    {
        var html = "<html><body><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<div><span>a</span></div>", 1_000_000)) + "</body></html>";
        Assert.True(html.Length >= 20 << 20);

        var article = await ExtractGuardedAsync(html);

        Assert.StartsWith(Lead.Trim(), article.Text, StringComparison.Ordinal);
        Assert.True(article.Text.Length <= ArticleExtractor.MaxPageCharacters);
    }

    [Fact]
    public async Task Megabytes_of_inline_script_are_dropped()
    {
        var html = "<html><head><script>" + string.Concat(Enumerable.Repeat("var tracker = 1;", 300_000)) + "</script></head><body><article><p>" + Lead
            + "</p><script>" + string.Concat(Enumerable.Repeat("x();", 100_000)) + "</script></article></body></html>";

        var article = await ExtractGuardedAsync(html);

        Assert.Contains("harbour budget", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", article.Text + article.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8", new byte[] { 0xC3, 0x28, 0xFF, 0xFE })]
    [InlineData("no-such-charset", new byte[] { 0xE9 })]
    [InlineData("windows-1252", new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D })]
    [InlineData(null, new byte[] { 0x00, 0x01, 0xEF, 0xBB })]
    public async Task Broken_encodings_still_give_the_article(string? charset, byte[] garbage)
    {
        var bytes = Encoding.ASCII.GetBytes("<html><body><article><p>" + Lead).Concat(garbage).Concat(Encoding.ASCII.GetBytes("</p></article></body></html>")).ToArray();

        var article = await ExtractGuardedAsync(PageDecoder.Decode(bytes, charset));

        Assert.Contains("harbour budget", article.Text, StringComparison.Ordinal);
    }
}
