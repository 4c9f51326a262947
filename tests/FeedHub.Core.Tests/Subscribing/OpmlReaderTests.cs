using System.Text;
using FeedHub.Core.Subscribing;

namespace FeedHub.Core.Tests.Subscribing;

/// <summary>OPML as other readers export it: folders at any depth become tags, attribute names in any case, hostile files refused safely.</summary>
public sealed class OpmlReaderTests
{
    [Fact]
    public void Feeds_are_read_in_order_with_their_folders_as_tags()
    {
        const string opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>Subscriptions</title></head>
              <body>
                <outline text="Top level" type="rss" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/"/>
                <outline text="Tech" title="Tech">
                  <outline text="Programming">
                    <outline title="Go Blog" text="ignored when a title is given" type="rss" xmlUrl="https://go.example/atom.xml"/>
                  </outline>
                  <outline text="Gadgets" type="atom" xmlurl="https://gadgets.example/rss" category="/Daily,/Tech/Reviews"/>
                </outline>
                <outline text="Empty folder"/>
                <outline text="No address" type="rss"/>
              </body>
            </opml>
            """;

        var read = OpmlReader.Read(Stream(opml));

        Assert.Equal(
            [
                new OpmlSubscription("https://a.example/feed", "Top level", "https://a.example/", []),
                new OpmlSubscription("https://go.example/atom.xml", "Go Blog", null, ["Tech", "Programming"]),
                new OpmlSubscription("https://gadgets.example/rss", "Gadgets", null, ["Tech", "Daily", "Reviews"]),
            ],
            read,
            new SubscriptionComparer());
    }

    [Fact]
    public void An_opml_1_file_without_head_or_types_is_read()
    {
        var read = OpmlReader.Read(Stream("<opml version=\"1.0\"><body><outline text=\"x\" xmlUrl=\"http://x.example/rss\"/></body></opml>"));

        Assert.Equal("http://x.example/rss", Assert.Single(read).XmlUrl);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "not <opml>")]
    [InlineData("<opml><body><outline text=\"x\"", "not well-formed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><opml><body><outline text=\"&b;\" xmlUrl=\"http://x.example/\"/></body></opml>", "not well-formed")]
    public void A_file_that_is_not_opml_is_refused_with_the_reason(string text, string reason)
    {
        var e = Assert.Throws<OpmlFormatException>(() => OpmlReader.Read(Stream(text)));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private sealed class SubscriptionComparer : IEqualityComparer<OpmlSubscription>
    {
        public bool Equals(OpmlSubscription? x, OpmlSubscription? y) =>
            x is not null && y is not null && (x.XmlUrl, x.Title, x.HtmlUrl) == (y.XmlUrl, y.Title, y.HtmlUrl) && x.Tags.SequenceEqual(y.Tags);

        public int GetHashCode(OpmlSubscription obj) => obj.XmlUrl.GetHashCode(StringComparison.Ordinal);
    }
}
