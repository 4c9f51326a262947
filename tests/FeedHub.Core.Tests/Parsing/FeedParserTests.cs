using System.Text;
using FeedHub.Core.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public class FeedParserTests
{
    private static readonly Uri Base = new("https://example.org/feeds/feed.xml");
    private readonly FeedParser parser = new();

    private ParsedFeed Parse(string document) => parser.Parse(Encoding.UTF8.GetBytes(document), Base);

    [Theory]
    [InlineData("harbour-times.rss", FeedFormat.Rss20, 3)]
    [InlineData("green-valley-blog.atom", FeedFormat.Atom10, 3)]
    [InlineData("science-weekly.rdf", FeedFormat.Rss10, 3)]
    [InlineData("city-notes.json", FeedFormat.Json11, 3)]
    public void Reads_every_bundled_sample(string file, FeedFormat format, int items)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", file);
        var feed = parser.Parse(File.ReadAllBytes(path), new Uri(path));

        Assert.Equal(format, feed.Format);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title));
        Assert.Equal(items, feed.Items.Count);
        Assert.All(feed.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title));
            Assert.NotNull(item.Id);
            Assert.StartsWith("file://", item.Link, StringComparison.Ordinal);
            Assert.EndsWith(".html", item.Link, StringComparison.Ordinal);
            Assert.NotNull(item.Published ?? item.Updated);
        });
    }

    [Fact]
    public void Rss20_maps_extensions_and_resolves_relative_links()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>T</title><link>/home</link><description>D</description><language>en</language>
                <item><title>A &amp; B</title><link>posts/1</link><guid isPermaLink="false">id-1</guid>
                  <pubDate>Wed, 02 Oct 2002 13:00:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
                  <category>news</category><category>local</category><description>Short</description>
                  <content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded>
                  <enclosure url="/a.mp3" type="audio/mpeg" length="12345"/><comments>/c/1</comments></item>
              </channel></rss>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal("https://example.org/home", feed.Link);
        Assert.Equal("en", feed.Language);
        Assert.Equal("A & B", item.Title);
        Assert.Equal("https://example.org/feeds/posts/1", item.Link);
        Assert.Equal("id-1", item.Id);
        Assert.Equal(new DateTimeOffset(2002, 10, 2, 13, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("Jane Doe", Assert.Single(item.Authors).Name);
        Assert.Equal(["news", "local"], item.Categories);
        Assert.Equal("<p>Full <b>text</b></p>", item.Content);
        Assert.Equal(new Enclosure("https://example.org/a.mp3", "audio/mpeg", 12345), Assert.Single(item.Enclosures));
        Assert.Equal("https://example.org/c/1", item.Comments);
    }

    [Fact]
    public void Atom10_reads_text_constructs_and_xml_base()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/" xml:lang="de">
              <title type="html">Tom &amp;amp; Jerry</title><id>urn:x</id><updated>2026-11-01T10:00:00Z</updated>
              <entry><id>tag:blog.example,2026:1</id><title>One</title><link rel="alternate" href="2026/one"/>
                <updated>2026-11-01T10:00:00+02:00</updated><author><name>Ann</name><email>ann@blog.example</email></author>
                <summary type="text">Plain</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <em>there</em></p></div></content>
                <category term="garden"/></entry>
            </feed>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Tom &amp; Jerry", feed.Title);
        Assert.Equal("de", feed.Language);
        Assert.Equal("https://blog.example/2026/one", item.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), item.Updated);
        Assert.Equal(new Person("Ann", "ann@blog.example"), Assert.Single(item.Authors));
        Assert.Equal("<p>Hi <em>there</em></p>", item.Content);
        Assert.Equal(["garden"], item.Categories);
    }

    [Fact]
    public void Json_feed_10_and_11_are_told_apart()
    {
        var v1 = Parse("""{"version":"https://jsonfeed.org/version/1","title":"J","author":{"name":"Z"},"items":[{"id":"1","content_text":"x","url":"a"}]}""");
        var v11 = Parse("""{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]}""");

        Assert.Equal(FeedFormat.Json10, v1.Format);
        Assert.Equal("Z", Assert.Single(v1.Authors).Name);
        Assert.Equal("https://example.org/feeds/a", Assert.Single(v1.Items).Link);
        Assert.Equal(FeedFormat.Json11, v11.Format);
    }

    [Fact]
    public void Json_feed_html_takes_the_canonical_form_of_rss_and_atom_html_with_relative_urls_resolved()
    {
        const string Document = """{"version":"https://jsonfeed.org/version/1.1","feed_url":"https://blog.example/feed.json","items":[{"id":"1","url":"/posts/1","content_html":"<p>See <a href='/posts/0'>this</a><br><img width=2 src=\"/i.png\"></p>"}]}""";

        var fromFile = Assert.Single(new FeedParser().Parse(Encoding.UTF8.GetBytes(Document), new Uri("file:///tmp/feed.json")).Items);
        var fromWeb = Assert.Single(new FeedParser().Parse(Encoding.UTF8.GetBytes(Document), new Uri("https://mirror.example/f.json")).Items);

        Assert.Equal("https://blog.example/posts/1", fromFile.Link);
        Assert.Equal("<p>See <a href=\"https://blog.example/posts/0\">this</a><br /><img src=\"https://blog.example/i.png\" width=\"2\" /></p>", fromFile.Content);
        Assert.Equal("https://mirror.example/posts/1", fromWeb.Link);
    }

    [Fact]
    public void Html_entities_and_bare_ampersands_are_recovered()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>Caf&eacute; &nbsp;News & more</title><item><title>x</title></item></channel></rss>");

        Assert.Equal("Café \u00a0News & more", feed.Title);
    }

    [Fact]
    public void An_unparseable_date_keeps_the_item()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>kept</title><pubDate>sometime last week</pubDate></item></channel></rss>");

        var item = Assert.Single(feed.Items);
        Assert.Equal("kept", item.Title);
        Assert.Null(item.Published);
    }

    [Theory]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>", "DTD was refused")]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>", "DTD was refused")]
    [InlineData("<html><body><p>not a feed</p></body></html>", "HTML page")]
    [InlineData("\u0001\u0002binary garbage", "neither XML nor JSON")]
    [InlineData("<rss version=\"2.0\"", "not well-formed")]
    [InlineData("{\"title\": \"no version\"}", "JSON Feed")]
    [InlineData("<unknown/>", "is not RSS, RDF, Atom or CDF")]
    public void Bad_input_gives_a_clear_error(string document, string reason)
    {
        var error = Assert.Throws<FeedParseException>(() => Parse(document));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_documents_are_refused_before_parsing()
    {
        var small = new FeedParser(maxCharacters: 1000);
        var error = Assert.Throws<FeedParseException>(() => small.Parse(new byte[10_000], Base));

        Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_encodings_are_decoded()
    {
        CodePages.EnsureRegistered();
        var bytes = Encoding.GetEncoding(1252).GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Gr\u00fc\u00dfe \u2013 caf\u00e9</title></channel></rss>");

        Assert.Equal("Grüße – café", parser.Parse(bytes, Base).Title);
    }

    [Fact]
    public void Rss_channel_authors_namespaced_rss_and_dublin_core_fallbacks()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns="http://backend.userland.com/rss2" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
              <channel><author>Example editor (me@example.com)</author><dc:description>About</dc:description>
                <item><dc:title>DC title</dc:title><dc:creator>First Author</dc:creator><dc:creator>Second Author</dc:creator>
                  <dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued><dc:description>Example description</dc:description></item>
              </channel></rss>
            """);

        Assert.Equal(new Person("Example editor", "me@example.com"), Assert.Single(feed.Authors));
        Assert.Equal("About", feed.Description);
        var item = Assert.Single(feed.Items);
        Assert.Equal("DC title", item.Title);
        Assert.Equal(["First Author", "Second Author"], item.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2003, 12, 31, 10, 14, 55, TimeSpan.Zero), item.Published);
        Assert.Equal("Example description", item.Summary);
    }

    [Fact]
    public void Atom10_content_of_a_binary_media_type_is_base64()
    {
        var feed = Parse("""<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content></entry></feed>""");

        Assert.Equal("Example <b>Atom</b>", Assert.Single(feed.Items).Content);
    }

    [Theory]
    [InlineData("&#160;")]
    [InlineData("&#32;")]
    [InlineData("\u00A0")]
    [InlineData("\u2003")]
    public void Long_blank_html_falls_back_as_it_does_when_decoded_at_once(string blank)
    {
        var padding = new string(' ', 300);
        var rss = $"<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item><description>{padding}{blank}{padding}</description>"
            + $"<dc:description>From Dublin Core</dc:description><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">{padding}{blank}</content:encoded></item></channel></rss>";
        var bytes = Encoding.UTF8.GetBytes(rss);

        foreach (var feed in new[] { new FeedParser().Parse(bytes, Base), new FeedParser().Parse(bytes.AsSpan(), Base) })
        {
            var item = Assert.Single(feed.Items);
            Assert.Equal("From Dublin Core", item.Summary);
            Assert.Null(item.Content);
        }
    }

    [Fact]
    public void Long_html_left_in_the_document_is_made_once_when_read_and_matches_html_decoded_at_once()
    {
        var article = string.Concat(Enumerable.Repeat("<p>A paragraph with <a href=\"/more\">a relative link</a> &amp; an entity.</p>\r\n", 8));
        var rss = $"<rss><channel><item><description><![CDATA[{article}]]></description><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">{System.Security.SecurityElement.Escape(article)}</content:encoded></item></channel></rss>";
        var bytes = Encoding.UTF8.GetBytes(rss);

        var deferred = Assert.Single(new FeedParser().Parse(bytes, Base).Items);
        var atOnce = Assert.Single(new FeedParser().Parse(bytes.AsSpan(), Base).Items);

        Assert.Equal(atOnce.Summary, deferred.Summary);
        Assert.Equal(atOnce.Content, deferred.Content);
        Assert.Contains("href=\"https://example.org/more\"", deferred.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", deferred.Content, StringComparison.Ordinal);
        Assert.Same(deferred.Content, deferred.Content);
        Assert.Equal(deferred.Content, (deferred with { Title = "copied" }).Content);
    }
}
