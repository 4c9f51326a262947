using FeedHub.Core.Curation;

namespace FeedHub.Core.Tests.Curation;

public class LinkNormalizerTests
{
    [Theory]
    [InlineData("https://News.Example/a?utm_source=x&id=3&fbclid=y#top", "https://news.example/a?id=3")]
    [InlineData("http://example.org:80/p?gclid=1", "http://example.org/p")]
    [InlineData("https://example.org/p?mc_cid=1&mc_eid=2&page=2", "https://example.org/p?page=2")]
    public void Strips_tracking_and_fragments(string input, string expected) => Assert.Equal(expected, LinkNormalizer.Normalize(input));
}
