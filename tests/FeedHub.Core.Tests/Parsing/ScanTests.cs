using System.Text;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>The first phase of a parse: keys and fingerprints without decoding any item's HTML, the fields made on Materialize.</summary>
public class ScanTests
{
    private static byte[] Feed(params string[] items) => Encoding.UTF8.GetBytes(
        $"<rss version=\"2.0\"><channel><title>News</title><language>en-gb</language>{string.Concat(items)}</channel></rss>");

    private static string Item(string guid, string text) =>
        $"<item><guid>{guid}</guid><title>Story {guid}</title><description><![CDATA[<p>{text} {new string('x', 200)}</p>]]></description></item>";

    [Fact]
    public void Items_have_keys_and_fingerprints_before_their_html_is_decoded()
    {
        var scanned = new FeedParser().Scan(Feed(Item("a", "first"), Item("b", "second")), new Uri("https://news.example/feed"));

        Assert.Equal(["a", "b"], scanned.Items.Select(i => i.Key));
        Assert.All(scanned.Items, i => Assert.NotEmpty(i.Fingerprint));
        Assert.All(scanned.Items, i => Assert.True(i.IsDeferred));
        Assert.Equal("en-gb", scanned.Feed.Language);
    }

    [Fact]
    public void Materialize_makes_the_fields_and_keeps_what_the_parse_gives()
    {
        var bytes = Feed(Item("a", "first"));
        var scanned = new FeedParser().Scan(bytes, new Uri("https://news.example/feed")).Items.Single();
        var item = scanned.Materialize();

        Assert.False(scanned.IsDeferred);
        Assert.Same(item, scanned.Materialize());
        Assert.Equal(new FeedParser().Parse(bytes.AsSpan(), new Uri("https://news.example/feed")).Items.Single().Summary, item.Summary);
    }

    [Fact]
    public void An_item_repeating_a_key_is_kept_once_and_an_item_without_id_or_link_is_keyed_by_its_text()
    {
        var noId = "<item><title>Untitled</title><description>Only text</description></item>";
        var scanned = new FeedParser().Scan(Feed(Item("a", "first"), Item("a", "again"), noId));

        Assert.Equal(2, scanned.Items.Count);
        Assert.StartsWith("sha256:", scanned.Items[1].Key, StringComparison.Ordinal);
        Assert.Equal(3, scanned.ItemsRead);
        Assert.Empty(scanned.Feed.Items);
    }
}
