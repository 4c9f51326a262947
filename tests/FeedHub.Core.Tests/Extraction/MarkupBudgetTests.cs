using AngleSharp.Html.Parser;
using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

public class MarkupBudgetTests
{
    [Theory]
    [MemberData(nameof(FixturePages.All), MemberType = typeof(FixturePages))]
    public void An_ordinary_page_is_left_as_it_is(string page)
    {
        var html = FixturePages.Read(page);

        Assert.Same(html, MarkupBudget.Fit(html));
    }

    [Fact]
    public void Tags_beyond_the_depth_budget_go_with_their_end_tags_and_their_text_stays()
    {
        const int levels = MarkupBudget.MaxDepth + 300;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"a>b\">", levels)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", levels)) + "<p>after</p></body></html>";

        var document = new HtmlParser().ParseDocument(MarkupBudget.Fit(html));

        Assert.Equal(MarkupBudget.MaxDepth, document.QuerySelectorAll("div").Length);
        var divs = document.QuerySelectorAll("div");
        var deepest = divs[divs.Length - 1];
        Assert.Equal("deep text", deepest.TextContent);
        Assert.Equal("after", document.QuerySelector("body > p")?.TextContent);
    }

    [Fact]
    public void Elements_whose_end_tag_is_optional_and_raw_text_do_not_count_towards_the_depth()
    {
        var html = "<html><body><ul>" + string.Concat(Enumerable.Repeat("<li><p>item", 2_000)) + "</ul><script>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "</script></body></html>";

        Assert.Same(html, MarkupBudget.Fit(html));
    }

    [Fact]
    public void A_page_is_cut_before_the_element_past_the_budget()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<b>x</b>", MarkupBudget.MaxElements + 10)) + "</body></html>";

        var document = new HtmlParser().ParseDocument(MarkupBudget.Fit(html));

        Assert.Equal(MarkupBudget.MaxElements - 2, document.QuerySelectorAll("b").Length); // html and body count too
    }
}
