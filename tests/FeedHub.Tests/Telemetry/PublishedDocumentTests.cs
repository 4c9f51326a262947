using FeedHub.Telemetry;

namespace FeedHub.Tests.Telemetry;

/// <summary>The labels of a published request come from a bounded set whatever the path: configured feed ids, and fixed words for the rest.</summary>
public class PublishedDocumentTests
{
    private static readonly PublishedDocument Documents = new(["news", "local-news"]);

    [Theory]
    [InlineData("/", "index", "none")]
    [InlineData("/opml", "opml", "none")]
    [InlineData("/feeds/news.rss", "feed", "news")]
    [InlineData("/feeds/local-news.json", "feed", "local-news")]
    [InlineData("/feeds/news", "feed", "news")]
    [InlineData("/feeds/nobody.atom", "feed", "unknown")]
    [InlineData("/feeds/news/digest.atom", "digest", "news")]
    [InlineData("/feeds/news/archive/2026-11.rss", "archive", "news")]
    [InlineData("/feeds/news/whatever", "other", "news")]
    [InlineData("/feeds/x%2Fy/archive/2026-11.rss", "archive", "unknown")]
    [InlineData("/digests/news/", "digest", "news")]
    [InlineData("/digests/news", "digest", "news")]
    [InlineData("/digests/news/2026-12-07", "digest", "news")]
    [InlineData("/digests/", "digest", "unknown")]
    [InlineData("/local/samples/articles/a.html", "local", "none")]
    [InlineData("/wp-login.php", "other", "none")]
    [InlineData("/feeds", "other", "none")]
    public void A_path_gets_its_document_and_feed(string path, string document, string feed) =>
        Assert.Equal((document, feed), Documents.Classify(path));

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/metrics")]
    public void Health_and_metrics_are_not_published_documents(string path) => Assert.Null(Documents.Classify(path));
}
