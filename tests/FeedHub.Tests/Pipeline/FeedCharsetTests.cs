using System.Text;
using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using FeedHub.Core.Text;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// A feed in a legacy encoding that only its HTTP Content-Type names (no declaration, no byte-order mark) is polled
/// over real HTTP and stored in its own script, not as windows-1252 mojibake.
/// </summary>
public sealed class FeedCharsetTests() : LoopbackTest("feedhub-charset-")
{
    public override async Task InitializeAsync()
    {
        CodePages.EnsureRegistered();
        var feed = """
            <rss version="2.0"><channel><title>Новости порта</title><link>http://news.example/</link>
            <item><title>Паром отменён из-за шторма</title><link>http://news.example/1</link><guid>http://news.example/1</guid>
            <description>Рейсы возобновятся в пятницу.</description></item></channel></rss>
            """;
        await File.WriteAllBytesAsync(Path.Combine(Folder, "port.koi8r"), Encoding.GetEncoding("koi8-r").GetBytes(feed));
        await base.InitializeAsync();
    }

    [Fact]
    public async Task The_charset_of_the_response_decides_how_the_feed_is_read()
    {
        await using var provider = PipelineServices.Build(Folder, new Dictionary<string, string?>
        {
            ["FeedHub:Database"] = Path.Combine(Folder, "charset.db"),
            ["FeedHub:Fetching:PerHostSpacingSeconds"] = "0",
            ["FeedHub:Sources:0:Id"] = "port",
            ["FeedHub:Sources:0:Url"] = new Uri(Site.BaseUri, "port.koi8r").AbsoluteUri,
        });
        await provider.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        var source = provider.GetRequiredService<FeedHubCatalog>().Sources.Single();

        var outcome = await provider.GetRequiredService<PollPipeline>().PollAsync(source, CancellationToken.None);

        Assert.Equal(PollStatus.Updated, outcome.Status);
        var entry = Assert.Single(await provider.GetRequiredService<IFeedStore>().GetRecentEntriesAsync(["port"], 10, CancellationToken.None));
        Assert.Equal("Паром отменён из-за шторма", entry.Title);
        Assert.Contains("Рейсы возобновятся в пятницу.", entry.Summary, StringComparison.Ordinal);
        Assert.Equal("Новости порта", (await provider.GetRequiredService<IFeedStore>().GetSourceStateAsync("port", CancellationToken.None))!.Title);
    }
}
