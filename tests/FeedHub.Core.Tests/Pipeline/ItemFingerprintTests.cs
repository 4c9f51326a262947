using System.Text;
using FeedHub.Core.Parsing;
using FeedHub.Core.Pipeline.Polling;

namespace FeedHub.Core.Tests.Pipeline;

/// <summary>An item's fingerprint is taken from its bytes without decoding its HTML, and equal fingerprints mean equal content hashes.</summary>
public class ItemFingerprintTests
{
    private static readonly Uri Location = new("https://news.example/feed.xml");

    private static string Item(int n, string word = "harbour") =>
        $"<item><title>Story {n}</title><link>https://news.example/{n}</link><description><![CDATA[<p>A short summary of story {n} about the {word}, long enough to stay in the document: it runs on past the length below which text is decoded at once.</p>]]></description>"
        + $"<content:encoded><![CDATA[<p>Story {n} tells of the {word} and links <a href=\"/more/{n}\">more</a>.</p>{new string('.', 200)}]]></content:encoded></item>";

    private static ParsedItem Parse(string items, Uri? location = null, bool decodeAtOnce = false)
    {
        var bytes = Encoding.UTF8.GetBytes($"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>News</title>{items}</channel></rss>");
        var document = new FeedParser().Read(bytes, decodeAtOnce ? default : bytes, location ?? Location, contentType: null);
        return document.Items.Single(i => i.Fields.Title == "Story 1");
    }

    [Fact]
    public void The_same_bytes_give_the_same_fingerprint_without_the_html_being_decoded()
    {
        var first = Parse(Item(1));
        var again = Parse(Item(0) + Item(1) + Item(2)); // the same item at another place in a changed document

        Assert.Equal(ItemFingerprint.Of(first), ItemFingerprint.Of(again));
        Assert.False(again.Content!.IsMade);
        Assert.False(again.Summary!.IsMade);
    }

    [Fact]
    public void A_change_to_the_html_or_to_where_its_links_resolve_changes_the_fingerprint()
    {
        var fingerprint = ItemFingerprint.Of(Parse(Item(1)));

        Assert.NotEqual(fingerprint, ItemFingerprint.Of(Parse(Item(1, word: "harbor"))));
        Assert.NotEqual(fingerprint, ItemFingerprint.Of(Parse(Item(1), new Uri("https://mirror.example/feed.xml"))));
        Assert.NotEqual(fingerprint, ItemFingerprint.Of(Corrected(Parse(Item(1)))));
    }

    [Fact]
    public void The_same_item_decoded_at_once_fingerprints_differently_but_hashes_the_same()
    {
        var deferred = Parse(Item(1));
        var atOnce = Parse(Item(1), decodeAtOnce: true);
        var now = DateTimeOffset.UnixEpoch;

        Assert.NotEqual(ItemFingerprint.Of(deferred), ItemFingerprint.Of(atOnce));
        Assert.Equal(EntryMapper.Map("s", deferred.Materialize(), null, now).ContentHash, EntryMapper.Map("s", atOnce.Materialize(), null, now).ContentHash);
    }

    private static ParsedItem Corrected(ParsedItem item) => item with { Fields = item.Fields with { Title = "Story 1 (corrected)" } };
}
