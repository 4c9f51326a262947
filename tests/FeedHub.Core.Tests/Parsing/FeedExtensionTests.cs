using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public class FeedExtensionTests
{
    private readonly FeedParser parser = new();

    private ParsedFeed Parse(string document) => parser.Parse(Encoding.UTF8.GetBytes(document), new Uri("https://example.org/feed"));

    [Fact]
    public void Items_carry_their_own_language_when_they_declare_one()
    {
        var json = Parse("""{"version":"https://jsonfeed.org/version/1.1","title":"J","language":"en","items":[{"id":"1","content_text":"x","language":"ar"},{"id":"2","content_text":"y"}]}""");
        var atom = Parse("""<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>A</title><entry xml:lang="de_AT"><id>1</id></entry><entry><id>2</id></entry></feed>""");

        Assert.Equal(["ar", null], json.Items.Select(i => i.Language));
        Assert.Equal(["de-AT", null], atom.Items.Select(i => i.Language));
        Assert.Equal("en", atom.Language);
    }

    [Fact]
    public void Itunes_elements_fill_in_a_podcast_feed()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"><channel>
              <title>Pod</title><itunes:subtitle>Weekly talk</itunes:subtitle><itunes:image href="https://example.org/cover.jpg"/>
              <item><title>Ep 1</title><itunes:author>Ann Lee</itunes:author><itunes:summary>About episode one</itunes:summary>
                <itunes:image href="ep1.jpg"/>
                <itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>
                <enclosure url="https://example.org/ep1.mp3" type="audio/mpeg" length="123"/></item>
            </channel></rss>
            """);

        Assert.Equal("Weekly talk", feed.Description);
        Assert.Equal("https://example.org/cover.jpg", feed.Image);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Ann Lee", Assert.Single(item.Authors).Name);
        Assert.Equal("About episode one", item.Summary);
        Assert.Equal(["Technology", "Gadgets"], item.Categories);
        Assert.Equal("https://example.org/ep1.jpg", item.Image);
        Assert.Equal(new Enclosure("https://example.org/ep1.mp3", "audio/mpeg", 123), Assert.Single(item.Enclosures));
    }

    [Fact]
    public void Media_rss_elements_fill_in_title_summary_categories_thumbnail_and_files()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss"><entry>
              <media:group><media:title>Clip</media:title><media:description>A short clip</media:description>
                <media:content url="https://example.org/clip.mp4" type="video/mp4" fileSize="2048"/>
                <media:thumbnail url="https://example.org/clip.jpg"/><media:category>video</media:category></media:group>
            </entry></feed>
            """);

        var item = Assert.Single(feed.Items);
        Assert.Equal("Clip", item.Title);
        Assert.Equal("A short clip", item.Summary);
        Assert.Equal(["video"], item.Categories);
        Assert.Equal("https://example.org/clip.jpg", item.Image);
        Assert.Equal(new Enclosure("https://example.org/clip.mp4", "video/mp4", 2048), Assert.Single(item.Enclosures));
    }

    [Theory]
    [InlineData("3723", 3723.0)]
    [InlineData("62:03", 3723.0)]
    [InlineData("1:02:03", 3723.0)]
    [InlineData("01:02:03", 3723.0)]
    [InlineData("95.5", 95.5)]
    [InlineData("about an hour", null)]
    [InlineData("1:2:3:4", null)]
    [InlineData("-5", null)]
    public void Itunes_duration_is_read_in_seconds_or_clock_time(string text, double? seconds)
    {
        var feed = Parse($"""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>P</title>
            <item><title>E</title><itunes:duration>{text}</itunes:duration></item></channel></rss>
            """);

        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), Assert.Single(feed.Items).Duration);
    }

    [Fact]
    public void Media_and_json_feed_durations_fill_in_when_itunes_gives_none()
    {
        var media = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>V</title>
            <entry><id>1</id><media:group><media:content url="https://v.example/a.mp4" duration="612"/></media:group></entry></feed>
            """);
        var json = Parse("""{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"x","attachments":[{"url":"https://a.example/1.mp3","mime_type":"audio/mpeg","duration_in_seconds":1800}]}]}""");

        Assert.Equal(TimeSpan.FromSeconds(612), Assert.Single(media.Items).Duration);
        Assert.Equal(TimeSpan.FromMinutes(30), Assert.Single(json.Items).Duration);
    }

    [Fact]
    public void Items_name_the_feed_they_came_from()
    {
        var rss = Parse("""
            <rss version="2.0"><channel><title>Planet</title>
            <item><title>A</title><source url="/harbour.rss">Harbour Times</source></item><item><title>B</title></item></channel></rss>
            """);
        var atom = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>
            <entry><id>1</id><source><id>tag:g.example,2024:feed</id><title type="html">Green &amp;lt;Valley&amp;gt;</title><link rel="self" href="https://g.example/atom.xml"/></source></entry>
            <entry><id>2</id><source><title>No link</title><id>tag:n.example,2024:feed</id></source></entry></feed>
            """);

        Assert.Equal(new FeedSource("Harbour Times", "https://example.org/harbour.rss"), rss.Items[0].Source);
        Assert.Null(rss.Items[1].Source);
        Assert.Equal(new FeedSource("Green &lt;Valley&gt;", "https://g.example/atom.xml"), atom.Items[0].Source);
        Assert.Equal(new FeedSource("No link", "tag:n.example,2024:feed"), atom.Items[1].Source);
    }

    [Fact]
    public void Cdf_channels_are_read()
    {
        var feed = Parse("""
            <CHANNEL HREF="http://www.example.org/" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>Example feed</TITLE><ABSTRACT>About</ABSTRACT>
              <ITEM HREF="http://www.example.org/1" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>Example item</TITLE><ABSTRACT>First</ABSTRACT></ITEM>
            </CHANNEL>
            """);

        Assert.Equal((FeedFormat.Cdf, "Example feed", "http://www.example.org/", "About"), (feed.Format, feed.Title, feed.Link, feed.Description));
        Assert.Equal(new DateTimeOffset(2004, 4, 7, 4, 5, 43, TimeSpan.Zero), feed.Updated);
        var item = Assert.Single(feed.Items);
        Assert.Equal(("Example item", "http://www.example.org/1", "First"), (item.Title, item.Link, item.Summary));
    }

    [Fact]
    public void Rss_elements_match_in_any_case_and_any_userland_namespace()
    {
        var feed = Parse("<rss xmlns=\"http://backend.userland.com/rss2.1\"><channel><TiTlE>Example title</TiTlE><description>About</description></channel></rss>");

        Assert.Equal(("Example title", "About"), (feed.Title, feed.Description));
    }

    [Fact]
    public void Description_and_summary_both_present_become_summary_and_content_in_document_order()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><item><summary>S</summary><description>D</description><tags>one, two</tags><category>three</category></item></channel></rss>");

        var item = Assert.Single(feed.Items);
        Assert.Equal(("S", "D"), (item.Summary, item.Content));
        Assert.Equal(["one", "two", "three"], item.Categories);
    }

    [Fact]
    public void Absolute_links_are_kept_as_written_and_relative_ones_resolved()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><link>/home</link><item><link>http://item.TEST/Path</link></item></channel></rss>");

        Assert.Equal("https://example.org/home", feed.Link);
        Assert.Equal("http://item.TEST/Path", Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Language_codes_use_hyphens() =>
        Assert.Equal("en-US", Parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en_US\"/>").Language);
}
