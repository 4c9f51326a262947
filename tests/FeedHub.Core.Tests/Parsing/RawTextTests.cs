using System.Text;
using FeedHub.Core.Parsing;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>The fast path leaves long text in the caller's document (<see cref="RawText"/>) and decodes it when read.</summary>
public class RawTextTests
{
    private static readonly string Long = "Long text, " + new string('x', Utf8FeedScanner.DeferredTextBytes) + " &amp; more";

    [Fact]
    public void Long_text_stays_in_the_document_until_read_and_short_text_is_decoded_at_once()
    {
        var bytes = Encoding.UTF8.GetBytes($"<rss><long>{Long}</long><short>A &amp; B</short></rss>");
        var root = XmlFeedLoader.Load(bytes, bytes, FeedParser.DefaultMaxCharacters).Root;

        var raw = root.Element("", "long")!.OnlyRawText;
        Assert.NotNull(raw);
        Assert.Null(root.Element("", "short")!.OnlyRawText);
        Assert.Equal(Long.Replace("&amp;", "&", StringComparison.Ordinal), root.Element("", "long")!.Value);
        Assert.Equal("A & B", root.Element("", "short")!.Value);
    }

    [Fact]
    public void Without_the_callers_array_nothing_is_left_in_the_document()
    {
        var bytes = Encoding.UTF8.GetBytes($"<rss><long>{Long}</long></rss>");

        Assert.Null(XmlFeedLoader.Load(bytes, FeedParser.DefaultMaxCharacters).Root.Element("", "long")!.OnlyRawText);
    }

    [Fact]
    public void Parsed_feeds_keep_their_own_text_whatever_is_parsed_later()
    {
        var parser = new FeedParser();
        var first = parser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><item><title>One</title><description><![CDATA[<p>First {Long}</p>]]></description></item></channel></rss>"));
        var second = parser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><item><title>Two</title><description><![CDATA[<p>Second {Long}</p>]]></description></item></channel></rss>"));

        Assert.Equal(("Two", $"<p>Second {Long}</p>"), (second.Items[0].Title, second.Items[0].Summary));
        Assert.Equal(("One", $"<p>First {Long}</p>"), (first.Items[0].Title, first.Items[0].Summary));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_element_with_mixed_children_has_no_single_text_but_keeps_its_nodes_in_order(bool longText)
    {
        var (a, c) = longText ? ("a" + Long, Long + "c") : ("a", "c");
        var bytes = Encoding.UTF8.GetBytes($"<rss><d>{a}<b>b</b>{c}</d><e>only</e><f/></rss>");
        var root = XmlFeedLoader.Load(bytes, bytes, FeedParser.DefaultMaxCharacters).Root;
        var d = root.Element("", "d")!;
        var decoded = (A: a.Replace("&amp;", "&", StringComparison.Ordinal), C: c.Replace("&amp;", "&", StringComparison.Ordinal));

        Assert.False(d.TryGetText(out _));
        Assert.Null(d.OnlyRawText);
        Assert.Equal(decoded.A + "b" + decoded.C, d.Value);
        Assert.Equal([decoded.A, "b", decoded.C], d.Nodes.Select(n => n as string ?? ((FeedElement)n).Value));
        Assert.True(root.Element("", "e")!.TryGetText(out var only));
        Assert.Equal("only", only.ToString());
        Assert.True(root.Element("", "f")!.TryGetText(out var empty));
        Assert.True(empty.IsEmpty);
    }
}
