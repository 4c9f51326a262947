using System.Net;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Telemetry;

/// <summary>FeedHub:Metrics:Enabled=false: nothing is measured and /metrics is not found; the published documents are served as before.</summary>
[Collection(HostCollection.Name)]
public sealed class MetricsSwitchTests
{
    [Fact]
    public async Task Metrics_switched_off_are_not_served()
    {
        await using var factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Metrics = new { Enabled = false },
            Sources = new object[] { new { Id = "city", Path = Path.Combine(Samples.Folder, "city-notes.json"), Interval = "1.00:00:00" } },
            Feeds = new object[] { new { Id = "news", Title = "News" } },
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/feeds/news.rss", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }
}
