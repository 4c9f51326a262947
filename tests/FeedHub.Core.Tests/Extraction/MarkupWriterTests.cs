using AngleSharp.Html.Parser;
using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

public class MarkupWriterTests
{
    [Theory]
    [MemberData(nameof(FixturePages.All), MemberType = typeof(FixturePages))]
    public void Writes_what_AngleSharp_writes(string page)
    {
        var document = new HtmlParser().ParseDocument(FixturePages.Read(page));

        Assert.Equal(document.DocumentElement.InnerHtml, MarkupWriter.InnerHtml(document.DocumentElement));
    }

    [Theory]
    [InlineData("<pre>\n\nindented</pre><textarea>\nx</textarea>")]
    [InlineData("<p title=\"a &quot;b&quot; &amp; c\">1 &lt; 2 &amp; 3&nbsp;4</p><br><img src=x alt=\"\">")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/><rect/></svg><math><mi>x</mi></math>")]
    [InlineData("<template><p>inside</p></template><xmp>a < b</xmp><noscript><img src=a></noscript><!-- note -->")]
    public void Writes_each_kind_of_node_as_AngleSharp_does(string body)
    {
        var element = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + body + "</body></html>").Body!;

        Assert.Equal(element.InnerHtml, MarkupWriter.InnerHtml(element));
    }

    [Fact]
    public async Task Writes_a_wide_element_in_time_proportional_to_its_children()
    {
        var element = new HtmlParser().ParseDocument("<html><body>" + string.Concat(Enumerable.Repeat("<b>x</b>", 400_000)) + "</body></html>").Body!;

        var html = await Task.Run(() => MarkupWriter.InnerHtml(element)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(400_000 * "<b>x</b>".Length, html.Length); // Element.ToHtml, quadratic in siblings, takes over a minute here
    }
}
