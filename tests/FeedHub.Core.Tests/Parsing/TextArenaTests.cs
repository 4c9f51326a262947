using System.Text;
using FeedHub.Core.Parsing;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>The fast path keeps a document's text in one pooled buffer for the length of a parse.</summary>
public class TextArenaTests
{
    [Fact]
    public void Text_read_after_the_parse_has_returned_the_buffer_throws_instead_of_showing_other_text()
    {
        var root = XmlFeedLoader.Load(Encoding.UTF8.GetBytes("<rss><channel><title>First</title></channel></rss>"), FeedParser.DefaultMaxCharacters);
        var title = root.Root.Element("", "channel")!.Element("", "title")!;

        root.Dispose();

        Assert.Throws<ObjectDisposedException>(() => title.Value);
    }

    [Fact]
    public void Text_read_during_the_parse_becomes_a_string_that_outlives_the_buffer()
    {
        string value;
        using (var loaded = XmlFeedLoader.Load(Encoding.UTF8.GetBytes("<rss><title>A &amp; B</title></rss>"), FeedParser.DefaultMaxCharacters))
        {
            Assert.NotNull(loaded.Text);
            value = loaded.Root.Element("", "title")!.Value;
        }

        using var other = XmlFeedLoader.Load(Encoding.UTF8.GetBytes("<rss><title>Something else entirely</title></rss>"), FeedParser.DefaultMaxCharacters);
        Assert.Equal("Something else entirely", other.Root.Element("", "title")!.Value);
        Assert.Equal("A & B", value);
    }

    [Fact]
    public void Parsed_feeds_keep_their_text_after_later_parses_reuse_the_buffer()
    {
        var parser = new FeedParser();
        var first = parser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>One</title><description><![CDATA[<p>First body</p>]]></description></item></channel></rss>"));
        var second = parser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>Two</title><description><![CDATA[<p>Second body, longer</p>]]></description></item></channel></rss>"));

        Assert.Equal(("One", "<p>First body</p>"), (first.Items[0].Title, first.Items[0].Summary));
        Assert.Equal(("Two", "<p>Second body, longer</p>"), (second.Items[0].Title, second.Items[0].Summary));
    }

    [Fact]
    public void An_element_with_mixed_children_has_no_single_text_but_keeps_its_nodes_in_order()
    {
        using var loaded = XmlFeedLoader.Load(Encoding.UTF8.GetBytes("<rss><d>a<b>b</b>c</d><e>only</e><f/></rss>"), FeedParser.DefaultMaxCharacters);
        var d = loaded.Root.Element("", "d")!;

        Assert.False(d.TryGetText(out _));
        Assert.Equal("abc", d.Value);
        Assert.Equal(["a", "b", "c"], d.Nodes.Select(n => n as string ?? ((FeedElement)n).Value));
        Assert.True(loaded.Root.Element("", "e")!.TryGetText(out var only));
        Assert.Equal("only", only.ToString());
        Assert.True(loaded.Root.Element("", "f")!.TryGetText(out var empty));
        Assert.True(empty.IsEmpty);
    }

    [Fact]
    public void A_document_with_more_text_than_the_first_buffer_grows_it_and_keeps_earlier_text()
    {
        var long1 = new string('a', TextArena.MaxInitialCapacity / 2 + 10);
        var long2 = new string('b', TextArena.MaxInitialCapacity / 2 + 10);
        var document = $"<rss version=\"2.0\"><channel><item><title>First</title><description>{long1}</description></item><item><title>Second</title><description>{long2}</description></item></channel></rss>";

        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(document));

        Assert.Equal(["First", "Second"], feed.Items.Select(i => i.Title));
        Assert.Equal([long1, long2], feed.Items.Select(i => i.Summary));
    }
}
