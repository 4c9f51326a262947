using System.Text;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public class FeedRecoveryTests
{
    private readonly FeedParser parser = new();

    private Model.ParsedFeed Parse(string document) => parser.Parse(Encoding.UTF8.GetBytes(document), new Uri("https://example.org/feed"));

    [Fact]
    public void A_well_formed_feed_is_not_marked_as_recovered() =>
        Assert.Null(Parse("<rss version=\"2.0\"><channel><title>ok</title></channel></rss>").Recovery);

    [Fact]
    public void A_truncated_feed_keeps_the_items_read_before_the_cut()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>one</title></item><item><title>two</title></item><item><title>thr");

        Assert.Equal(["one", "two", "thr"], feed.Items.Select(i => i.Title));
        Assert.NotNull(feed.Recovery);
    }

    [Theory]
    [InlineData("<link>http://example/?a=1&b=2&c</link>", "http://example/?a=1&b=2&c")]
    [InlineData("<link>http://example/?a=1&amp;b=2</link>", "http://example/?a=1&b=2")]
    [InlineData("<title>&#X41;&rsquo;&nbsp;</title><link>http://x/</link>", "http://x/")]
    public void Ampersands_entities_and_truncation_are_repaired_together(string itemBody, string link)
    {
        var feed = Parse($"<rss version=\"2.0\"><channel><item>{itemBody}</item></channel></rss");

        Assert.Equal(link, Assert.Single(feed.Items).Link);
        Assert.NotNull(feed.Recovery);
    }

    [Fact]
    public void Undeclared_prefixes_get_their_conventional_namespace()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><item><title>t</title><dc:creator>Ann Lee</dc:creator><content:encoded>&lt;p&gt;full&lt;/p&gt;</content:encoded></item></channel></rss>");

        var item = Assert.Single(feed.Items);
        Assert.Equal("Ann Lee", Assert.Single(item.Authors).Name);
        Assert.Equal("<p>full</p>", item.Content);
    }

    [Fact]
    public void A_comment_holding_a_double_hyphen_is_dropped()
    {
        var feed = Parse("<!-- a -- b --><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"\">evil</title></entry></feed>");

        Assert.Equal("evil", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void A_doctype_is_removed_and_its_plain_text_entities_are_substituted()
    {
        var feed = Parse("""
            <!DOCTYPE rss [ <!ENTITY id "tag:example.com,"> <!ENTITY who "AT&#38;T"> ]>
            <rss version="2.0"><channel><item><guid isPermaLink="false">&id;2006:/blog/</guid><author>&who;</author></item></channel></rss>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal("tag:example.com,2006:/blog/", item.Id);
        Assert.Equal("AT&T", Assert.Single(item.Authors).Name);
        Assert.Null(feed.Recovery);
    }

    [Fact]
    public void An_external_doctype_is_dropped_without_being_fetched()
    {
        var feed = Parse("""<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:1/rss-0.91.dtd"><rss version="0.91"><channel><title>found</title></channel></rss>""");

        Assert.Equal("found", feed.Title);
    }

    [Theory]
    [InlineData("<!DOCTYPE r [<!ENTITY a \"x\"><!ENTITY b \"&a;&a;\">]><rss/>", "refers to other entities")]
    [InlineData("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>", "external entity 'x'")]
    [InlineData("<!DOCTYPE r [<!ENTITY x PUBLIC \"-//x\" \"http://127.0.0.1/x\">]><rss>&x;</rss>", "external entity 'x'")]
    [InlineData("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1/p.dtd\"> %p;]><rss/>", "parameter entity")]
    public void Unsafe_entity_declarations_are_refused_with_the_reason(string document, string reason)
    {
        var error = Assert.Throws<FeedParseException>(() => Parse(document));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_substitution_is_capped_by_the_document_limit()
    {
        var document = "<!DOCTYPE r [<!ENTITY big \"" + new string('x', 1000) + "\">]><rss><channel><title>" + string.Concat(Enumerable.Repeat("&big;", 200)) + "</title></channel></rss>";
        var small = new FeedParser(maxCharacters: 50_000);

        var error = Assert.Throws<FeedParseException>(() => small.Parse(Encoding.UTF8.GetBytes(document)));

        Assert.Contains("expand past the limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("don\u0092t", "don\u2019t")]
    [InlineData("\u00e2\u0080\u00a6", "\u2026")]
    [InlineData("caf\u00e9", "caf\u00e9")]
    public void C1_control_mojibake_is_repaired_in_text(string written, string expected)
    {
        var feed = Parse($"<rss version=\"2.0\"><channel><title>{written}</title></channel></rss>");

        Assert.Equal(expected, feed.Title);
    }
}
