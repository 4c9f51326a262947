using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>The article worker's queries: what is waiting, what failed, and putting articles back in the queue.</summary>
public abstract partial class FeedStoreTests<TFixture>
    where TFixture : class, IStoreFixture
{
    [StoreFact]
    public async Task Pending_articles_come_oldest_first_then_failed_ones_whose_retry_is_due()
    {
        await Store.UpsertEntriesAsync(
        [
            NewEntry("new", "h", T0) with { ArticleStatus = ArticleStatus.Pending },
            NewEntry("old", "h", T0.AddHours(-3)) with { ArticleStatus = ArticleStatus.Pending },
            NewEntry("due-late", "h", T0.AddDays(-2)) with { ArticleStatus = ArticleStatus.Failed, ArticleRetryAt = T0.AddMinutes(-1) },
            NewEntry("due-early", "h", T0.AddDays(-1)) with { ArticleStatus = ArticleStatus.Failed, ArticleRetryAt = T0.AddHours(-1) },
            NewEntry("not-yet", "h", T0.AddDays(-3)) with { ArticleStatus = ArticleStatus.Failed, ArticleRetryAt = T0.AddHours(1) },
            NewEntry("done", "h", T0.AddDays(-4)) with { ArticleStatus = ArticleStatus.Extracted },
        ], CancellationToken.None);

        var all = await Store.GetPendingArticlesAsync(10, T0, CancellationToken.None);
        var three = await Store.GetPendingArticlesAsync(3, T0, CancellationToken.None);

        Assert.Equal(["old", "new", "due-early", "due-late"], all.Select(e => e.ItemKey));
        Assert.Equal(["old", "new", "due-early"], three.Select(e => e.ItemKey));
    }

    [StoreFact]
    public async Task Unsuccessful_articles_are_listed_with_their_rules_and_can_be_queued_again()
    {
        await Store.UpsertEntriesAsync(
        [
            NewEntry("failed", "h", T0) with { ArticleStatus = ArticleStatus.Failed, ArticleAttempts = 3, ArticleDecidedBy = "r1" },
            NewEntry("kept", "h", T0) with { ArticleStatus = ArticleStatus.KeptFeedContent },
            NewEntry("fine", "h", T0) with { ArticleStatus = ArticleStatus.Extracted },
        ], CancellationToken.None);

        var unsuccessful = await Store.GetUnsuccessfulArticlesAsync(CancellationToken.None);
        await Store.RequeueArticlesAsync([.. unsuccessful.Select(d => (d.SourceId, d.ItemKey))], CancellationToken.None);

        Assert.Equal([new ArticleDecision("s1", "failed", "https://example.org/failed", "r1"), new ArticleDecision("s1", "kept", "https://example.org/kept", null)], unsuccessful.OrderBy(d => d.ItemKey, StringComparer.Ordinal));
        var pending = await Store.GetPendingArticlesAsync(10, T0, CancellationToken.None);
        Assert.Equal(["failed", "kept"], pending.Select(e => e.ItemKey));
        Assert.All(pending, e => Assert.Equal((0, null), (e.ArticleAttempts, e.ArticleRetryAt)));
    }

    [StoreFact]
    public async Task Source_stats_count_entries_and_articles_per_source()
    {
        await Store.UpsertEntriesAsync(
        [
            NewEntry("1", "h", T0) with { ArticleStatus = ArticleStatus.Extracted },
            NewEntry("2", "h", T0) with { ArticleStatus = ArticleStatus.Failed },
            NewEntry("3", "h", T0) with { ArticleStatus = ArticleStatus.KeptFeedContent },
            NewEntry("4", "h", T0),
            NewEntry("5", "h", T0) with { SourceId = "s0", ArticleStatus = ArticleStatus.Pending },
        ], CancellationToken.None);

        var stats = await Store.GetSourceStatsAsync(CancellationToken.None);

        Assert.Equal([new SourceStats("s0", 1, 0, 0), new SourceStats("s1", 4, 1, 2)], stats.OrderBy(s => s.SourceId, StringComparer.Ordinal));
    }
}
