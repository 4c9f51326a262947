using FeedHub.Endpoints;

namespace FeedHub.Tests.Endpoints;

/// <summary>The output cache's bounds: its byte budget (the documents used longest ago go first), a document too big to keep, and a document whose input changed.</summary>
public class OutputCacheBudgetTests
{
    private static CachedDocument Document(int bytes, Func<string>? current = null) =>
        CachedDocument.Create("1", current ?? (() => "1"), new byte[bytes], "application/rss+xml", DateTimeOffset.UnixEpoch, compress: false);

    [Fact]
    public void Past_its_budget_the_cache_drops_the_documents_used_longest_ago()
    {
        var cache = new OutputCache(100_000);
        for (var i = 0; i < 10; i++)
        {
            cache.Keep($"/feeds/{i}.rss", Document(9_000));
        }

        Assert.NotNull(cache.FindCurrent("/feeds/0.rss")); // used again: now the most recent
        cache.Keep("/feeds/10.rss", Document(9_000));
        cache.Keep("/feeds/11.rss", Document(9_000));

        Assert.True(cache.Bytes <= 100_000, $"{cache.Bytes} bytes held");
        Assert.NotNull(cache.FindCurrent("/feeds/0.rss"));
        Assert.NotNull(cache.FindCurrent("/feeds/11.rss"));
        Assert.Null(cache.FindCurrent("/feeds/1.rss"));
    }

    [Fact]
    public void A_document_bigger_than_a_quarter_of_the_budget_is_not_kept()
    {
        var cache = new OutputCache(100_000);

        cache.Keep("/feeds/huge.rss", Document(30_000));

        Assert.Null(cache.FindCurrent("/feeds/huge.rss"));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void A_document_whose_input_changed_is_not_served()
    {
        var version = "1";
        var cache = new OutputCache(100_000);
        cache.Keep("/feeds/a.rss", Document(1_000, () => version));

        Assert.NotNull(cache.FindCurrent("/feeds/a.rss"));
        version = "2";
        Assert.Null(cache.FindCurrent("/feeds/a.rss"));
    }
}
