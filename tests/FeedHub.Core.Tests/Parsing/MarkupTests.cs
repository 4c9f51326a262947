using System.Text;
using FeedHub.Core.Parsing;
using FeedHub.Core.Parsing.Markup;

namespace FeedHub.Core.Tests.Parsing;

public class MarkupTests
{
    [Theory]
    [InlineData("a<br/>b<br>c", "a<br />b<br />c")]
    [InlineData("<img src='x.png' alt=\"A\">", "<img alt=\"A\" src=\"x.png\" />")]
    [InlineData("<p class=a id=b>x</p>", "<p class=\"a\" id=\"b\">x</p>")]
    [InlineData("1 < 2 and <!' <a href=\"foo\">", "1 &lt; 2 and &lt;!' <a href=\"foo\">")]
    [InlineData("&#X61;&#146;&#8217;", "&#x61;&#x2019;&#8217;")]
    [InlineData("<!-- keep --><script>if (a<b) {}</script>", "<!-- keep --><script>if (a<b) {}</script>")]
    [InlineData("<svg width=\"3\" baseProfile=\"full\"><circle r=\"1\"/></svg>", "<svg baseProfile=\"full\" width=\"3\" xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"></svg>")]
    [InlineData("plain text", "plain text")]
    [InlineData("<p>One</p><h2>Two</h2><em>3</em>", "<p>One</p><h2>Two</h2><em>3</em>")]
    [InlineData("<P>x</P><Br><br></br><hr/>", "<P>x</P><Br /><br /><hr />")]
    [InlineData("<style>p<b{}</style><SCRIPT>a<b</SCRIPT><p>", "<style>p<b{}</style><SCRIPT>a<b</SCRIPT><p>")]
    [InlineData("<svg><circle r=\"1\"></circle></svg><math></math>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"></circle></svg><math xmlns=\"http://www.w3.org/1998/Math/MathML\"></math>")]
    [InlineData("<a HREF=\"x\">a</a><h7>", "<a HREF=\"x\">a</a><h7>")]
    [InlineData("<br /><img alt=\"a\" src=\"https://x/i.png\" /></br><img src=\"https://x/i.png\" alt=\"a\" /><p />", "<br /><img alt=\"a\" src=\"https://x/i.png\" /><img alt=\"a\" src=\"https://x/i.png\" /><p>")]
    [InlineData("<a href=\"https://x/\" title=\"t\">a</a><a title=\"t\" href=\"https://x/\">b</a><a data-x=\"1\"  id=\"i\">c</a><a href=\"x\"/>", "<a href=\"https://x/\" title=\"t\">a</a><a href=\"https://x/\" title=\"t\">b</a><a data-x=\"1\" id=\"i\">c</a><a href=\"x\">")]
    public void Escaped_html_is_put_in_canonical_form(string html, string expected)
    {
        Assert.Equal(expected, HtmlNormalizer.Normalize(html));
        Assert.Equal(expected, HtmlNormalizer.Normalize(html.AsSpan(), default)); // the form decoded text takes
    }

    [Fact]
    public void The_search_for_markup_finds_what_a_plain_search_finds_at_every_distance()
    {
        var random = new Random(11);
        for (var round = 0; round < 2_000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(12) switch { 0 => '<', 1 => '&', 2 => '\u263C', 3 => '\u2626', _ => (char)random.Next('a', 'z' + 1) };
            }

            var from = random.Next(0, chars.Length + 1);
            var expected = chars.AsSpan(from).IndexOfAny('<', '&');
            Assert.Equal(expected < 0 ? -1 : from + expected, HtmlNormalizer.NextMarkup(chars, from));
        }
    }

    [Fact]
    public void Html_with_more_replacements_than_the_edit_buffers_hold_is_rewritten_whole()
    {
        var html = string.Concat(Enumerable.Repeat("1 < 2 <br>", 20_000));

        var canonical = HtmlNormalizer.Normalize(html);

        Assert.Equal(string.Concat(Enumerable.Repeat("1 &lt; 2 <br />", 20_000)), canonical);
        Assert.Equal("<br />", HtmlNormalizer.Normalize("<br>")); // the next call starts from an empty list
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><description><![CDATA[ <p>A<br>b</p> ]]></description></item></channel></rss>", "<p>A<br />b</p>")]
    [InlineData("<rss version=\"2.0\"><channel><item><description> &lt;p&gt;A&lt;br&gt;b&lt;/p&gt; </description></item></channel></rss>", "<p>A<br />b</p>")]
    [InlineData("<rss version=\"2.0\"><channel><item><description>&lt;p&gt;A<![CDATA[<br>]]>b&lt;/p&gt;</description></item></channel></rss>", "<p>A<br />b</p>")]
    [InlineData("<rss version=\"2.0\"><channel><item><description>  </description></item></channel></rss>", null)]
    public void Item_html_reads_the_same_from_one_text_node_or_several(string document, string? expected) =>
        Assert.Equal(expected, Assert.Single(new FeedParser().Parse(Encoding.UTF8.GetBytes(document)).Items).Summary);

    [Fact]
    public void Xhtml_content_is_serialized_without_namespaces_except_svg_and_mathml()
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:xlink="http://www.w3.org/1999/xlink"><entry><content type="xhtml">
              <div xmlns="http://www.w3.org/1999/xhtml"><p>One<br/>two</p><svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="3"><svg:a xlink:href="http://x/"><svg:circle r="1"/></svg:a></svg:svg></div>
            </content></entry></feed>
            """));

        Assert.Equal(
            "<p>One<br />two</p><svg width=\"3\" xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\"http://x/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><circle r=\"1\"></circle></a></svg>",
            Assert.Single(feed.Items).Content);
    }

    [Theory]
    [InlineData("<title>Example <b>Atom</b></title>", "Example <b>Atom</b>")]
    [InlineData("<title mode=\"xml\" type=\"application/xhtml+xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Example <b>Atom</b></div></title>", "<div>Example <b>Atom</b></div>")]
    [InlineData("<title mode=\"escaped\" type=\"text/html\">Example &lt;b&gt;Atom&lt;/b&gt;</title>", "Example <b>Atom</b>")]
    [InlineData("<title mode=\"base64\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>", "Example <b>Atom</b>")]
    public void Atom03_text_constructs_keep_their_markup(string title, string expected)
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes($"<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>{title}</entry></feed>"));

        Assert.Equal(expected, Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Relative_urls_in_item_html_resolve_against_xml_base_and_the_feed_location()
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/2024/"><entry>
              <content type="html">&lt;a href="post.html"&gt;a&lt;/a&gt; &lt;img src="/i.png"&gt; &lt;a href="#top"&gt;t&lt;/a&gt; &lt;a href="https://x.example/"&gt;x&lt;/a&gt;</content>
              <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="https://cdn.example/"><img src="a.png"/></div></summary>
            </entry></feed>
            """), new Uri("https://feeds.example/atom.xml"));

        var item = Assert.Single(feed.Items);
        Assert.Equal("<a href=\"https://blog.example/2024/post.html\">a</a> <img src=\"https://blog.example/i.png\" /> <a href=\"#top\">t</a> <a href=\"https://x.example/\">x</a>", item.Content);
        Assert.Equal("<img src=\"https://cdn.example/a.png\" />", item.Summary);
    }

    [Fact]
    public void A_feed_read_from_a_file_keeps_its_relative_links()
    {
        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><description>&lt;a href=\"foo\"&gt;f&lt;/a&gt;</description></item></channel></rss>"), new Uri("file:///tmp/feed.rss"));

        Assert.Equal("<a href=\"foo\">f</a>", Assert.Single(feed.Items).Summary);
    }
}
