using System.Globalization;
using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>
/// Hostile and broken documents: each must end in a clear <see cref="FeedParseException"/> or a result marked as
/// recovered, never another exception, a hang (each parse is given 30 s) or unbounded memory (allocations are
/// measured on the parsing thread).
/// </summary>
public class MalformedInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private sealed record Outcome(ParsedFeed? Feed, FeedParseException? Error, long AllocatedBytes);

    private static async Task<Outcome> ParseGuardedAsync(byte[] document)
    {
        var parse = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var feed = new FeedParser().Parse(document, new Uri("https://example.org/feed"));
                return new Outcome(feed, null, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            catch (FeedParseException e)
            {
                return new Outcome(null, e, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        });
        return await parse.WaitAsync(HangGuard);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task A_feed_cut_at_any_point_gives_an_error_or_a_recovered_prefix()
    {
        var whole = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "harbour-times.rss"));
        var complete = (await ParseGuardedAsync(whole)).Feed!;

        for (var cut = 1; cut < whole.Length; cut += Math.Max(1, whole.Length / 60))
        {
            var outcome = await ParseGuardedAsync(whole[..cut]);

            if (outcome.Feed is { } feed)
            {
                Assert.NotNull(feed.Recovery);
                Assert.True(feed.Items.Count <= complete.Items.Count);
                Assert.All(feed.Items.Zip(complete.Items), pair => Assert.StartsWith(pair.First.Title ?? string.Empty, pair.Second.Title, StringComparison.Ordinal));
            }
            else
            {
                Assert.NotNull(outcome.Error);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Binary_garbage_is_refused(int seed)
    {
        var bytes = new byte[1 << 20];
        new Random(seed).NextBytes(bytes);
        bytes[0] = seed == 0 ? (byte)'<' : bytes[0];

        var outcome = await ParseGuardedAsync(bytes);

        Assert.Null(outcome.Feed);
        Assert.NotNull(outcome.Error);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><p>Welcome</p></body></html>")]
    [InlineData("<html><body><a href=\"/feed?a=1&b=2\">feed</a><br></body></html>")]
    public async Task An_html_page_served_as_a_feed_is_named_as_such(string page)
    {
        var outcome = await ParseGuardedAsync(Utf8(page));

        Assert.Contains("HTML page", outcome.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_megabytes_of_nested_elements_are_refused_by_the_size_limit()
    {
        var document = Utf8("<rss><channel>" + new StringBuilder(50 << 20).Insert(0, "<x>", 50 * (1 << 20) / 3));

        var outcome = await ParseGuardedAsync(document);

        Assert.Contains("larger than the limit", outcome.Error?.Message, StringComparison.Ordinal);
        Assert.True(outcome.AllocatedBytes < 400L << 20, $"allocated {outcome.AllocatedBytes >> 20} MB");
    }

    [Fact]
    public async Task Deep_nesting_within_the_size_limit_stops_at_the_depth_limit_and_keeps_earlier_items()
    {
        var document = Utf8("<rss version=\"2.0\"><channel><item><title>kept</title></item><item><description>" + string.Concat(Enumerable.Repeat("<b>", 2_000_000)));

        var outcome = await ParseGuardedAsync(document);

        Assert.Equal("kept", outcome.Feed?.Items[0].Title);
        Assert.Contains("nested deeper", outcome.Feed?.Recovery, StringComparison.Ordinal);
        Assert.True(outcome.AllocatedBytes < 200L << 20, $"allocated {outcome.AllocatedBytes >> 20} MB");
    }

    [Fact]
    public async Task Billion_laughs_is_refused_before_any_expansion()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        var outcome = await ParseGuardedAsync(Utf8($"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><rss><channel><title>&lol9;</title></channel></rss>"));

        Assert.Contains("entity expansion", outcome.Error?.Message, StringComparison.Ordinal);
        Assert.True(outcome.AllocatedBytes < 1 << 20, $"allocated {outcome.AllocatedBytes} bytes");
    }

    [Fact]
    public async Task Quadratic_blowup_through_one_large_entity_stops_at_the_size_limit()
    {
        var document = Utf8("<!DOCTYPE r [<!ENTITY a \"" + new string('a', 100_000) + "\">]><rss><channel><title>" + string.Concat(Enumerable.Repeat("&a;", 100_000)) + "</title></channel></rss>");

        var outcome = await ParseGuardedAsync(document);

        Assert.Contains("expand past the limit", outcome.Error?.Message, StringComparison.Ordinal);
        Assert.True(outcome.AllocatedBytes < 600L << 20, $"allocated {outcome.AllocatedBytes >> 20} MB");
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&xxe;</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">]><rss><channel><title>&xxe;</title></channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY % dtd SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %dtd;]><rss/>")]
    public async Task External_entities_are_refused(string document)
    {
        var outcome = await ParseGuardedAsync(Utf8(document));

        Assert.Contains("DTD was refused", outcome.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused()
    {
        var outcome = await ParseGuardedAsync(Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 100_000))));

        Assert.Contains("not valid JSON", outcome.Error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>one</title></item><item><title><![CDATA[never closed")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>one</title></item><!-- never closed")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>one</title></item><item><b><i>bad</b></i></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>one</title></item><item><title a=\"1\" a=\"2\">dup</title></item></channel></rss>")]
    public async Task Broken_markup_after_an_item_keeps_that_item(string document)
    {
        var outcome = await ParseGuardedAsync(Utf8(document));

        Assert.Equal("one", outcome.Feed?.Items[0].Title);
        Assert.NotNull(outcome.Feed?.Recovery);
    }

    [Fact]
    public async Task Invalid_utf8_and_nul_characters_are_read_without_failing()
    {
        var bytes = Utf8("<rss version=\"2.0\"><channel><title>caf\u00e9 \0 ok</title></channel></rss>").ToList();
        bytes.InsertRange(bytes.LastIndexOf((byte)'o'), [0xC3, 0x28, 0xFF]);

        var outcome = await ParseGuardedAsync([.. bytes]);

        Assert.StartsWith("caf", outcome.Feed?.Title, StringComparison.Ordinal);
        Assert.EndsWith("ok", outcome.Feed?.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_item_is_read_whole()
    {
        var body = new string('w', 10 << 20);

        var outcome = await ParseGuardedAsync(Utf8($"<rss version=\"2.0\"><channel><item><description>{body}</description></item></channel></rss>"));

        Assert.Equal(body.Length, outcome.Feed?.Items[0].Summary?.Length);
    }
}
