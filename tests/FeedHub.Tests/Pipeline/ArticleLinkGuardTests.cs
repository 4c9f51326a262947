using FeedHub.Configuration;
using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// The pipeline refuses to follow item links to loopback addresses unless the operator allowed private networks:
/// the entry is still stored (with the feed's own text and the reason) and the page is never requested.
/// </summary>
public sealed class ArticleLinkGuardTests() : LoopbackTest("feedhub-guard-", Samples.Folder)
{
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public async Task Loopback_article_links_are_followed_only_when_allowed(bool allowPrivate, int pagesFetched)
    {
        await using var provider = PipelineServices.Build(Folder, new Dictionary<string, string?>
        {
            ["FeedHub:Database"] = Path.Combine(Folder, $"guard-{allowPrivate}.db"),
            ["FeedHub:Fetching:AllowPrivateNetworks"] = allowPrivate.ToString(),
            ["FeedHub:Fetching:PerHostSpacingSeconds"] = "0",
            ["FeedHub:Sources:0:Id"] = "harbour",
            ["FeedHub:Sources:0:Url"] = new Uri(Site.BaseUri, "harbour-times.rss").AbsoluteUri,
        });
        await provider.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var source = provider.GetRequiredService<FeedHubCatalog>().Sources.Single();

        var outcome = await provider.GetRequiredService<PollPipeline>().PollAsync(source, CancellationToken.None);
        Assert.Equal(0, Site.Requests.Count(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal))); // the poll itself fetches no page
        var settled = await provider.GetRequiredService<ArticlePipeline>().ProcessPendingAsync(id => id == source.Id ? source : null, CancellationToken.None);

        Assert.Equal(PollStatus.Updated, outcome.Status);
        Assert.Equal(3, outcome.NewEntries);
        Assert.Equal(3, settled.Total);
        Assert.Equal(allowPrivate ? 0 : 3, settled.Refused);
        Assert.Equal(allowPrivate ? 3 : 0, settled.Extracted + settled.KeptFeedContent);
        Assert.Equal(pagesFetched, Site.Requests.Count(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal)));
        var entries = await provider.GetRequiredService<IFeedStore>().GetRecentEntriesAsync(["harbour"], 10, CancellationToken.None);
        Assert.Equal(3, entries.Count);
        Assert.Equal(allowPrivate ? 3 : 0, entries.Count(e => e.ArticleText is not null));
        Assert.All(entries, e => Assert.NotNull(e.Summary));
        Assert.All(entries, e => Assert.Equal(allowPrivate ? ArticleStatus.Extracted : ArticleStatus.Failed, e.ArticleStatus));
        Assert.All(entries.Where(e => !allowPrivate), e => Assert.Contains("private", e.ArticleNote, StringComparison.OrdinalIgnoreCase));
    }
}
