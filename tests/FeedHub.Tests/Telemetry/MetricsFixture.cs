using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Tests.Telemetry;

/// <summary>
/// The real service on four loopback sources (a full-text feed, a plain one, one answering 404 and one 410), each
/// polled once by the scheduler and once more by hand (two 304s, a 404 again, the gone one not fetched), the
/// full-text feed's three articles extracted, and three requests for published documents (a render, a 304 from the
/// output cache, a 404); then /metrics, scraped once and read by <see cref="PrometheusText"/>.
/// </summary>
public sealed class MetricsFixture : IAsyncLifetime
{
    public static readonly string[] SourceIds = ["src-harbour", "src-city", "src-missing", "src-gone"];

    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-metrics-").FullName;
    private LoopbackSite site = null!;

    public FeedHubFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>/metrics after all of the above.</summary>
    public PrometheusText Metrics { get; private set; } = null!;

    public string MetricsContentType { get; private set; } = string.Empty;

    /// <summary>The bytes of the two feeds that were fetched in full.</summary>
    public long FeedBytes { get; } = new FileInfo(Path.Combine(Samples.Folder, "harbour-times.rss")).Length + new FileInfo(Path.Combine(Samples.Folder, "city-notes.json")).Length;

    public async Task InitializeAsync()
    {
        site = await LoopbackSite.StartAsync(Samples.Folder, app => app.MapGet("/gone.rss", () => Results.StatusCode(StatusCodes.Status410Gone)));
        Factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            PublicBaseUrl = "https://feeds.example.org/",
            Fetching = new { AllowPrivateNetworks = true, FeedPerHostSpacingSeconds = 0, PerHostSpacingSeconds = 0 },
            Sources = new object[]
            {
                new { Id = SourceIds[0], Url = Url("harbour-times.rss"), FullText = true, Interval = "1.00:00:00" },
                new { Id = SourceIds[1], Url = Url("city-notes.json"), FullText = false, Interval = "1.00:00:00" },
                new { Id = SourceIds[2], Url = Url("missing.rss"), FullText = false, Interval = "1.00:00:00" },
                new { Id = SourceIds[3], Url = Url("gone.rss"), FullText = false, Interval = "1.00:00:00" },
            },
            Feeds = new object[] { new { Id = "news", Title = "News" } },
        });
        Client = Factory.CreateClient(new() { AllowAutoRedirect = false });

        // The scheduler's first polls (within 2 s of the start) and the article worker's three extractions.
        await Samples.EventuallyAsync(ScrapeAsync, m => m.Sum("feedhub_polls_total") >= 4 && m.Sum("feedhub_extractions_total") >= 3, TimeSpan.FromSeconds(60));

        var polls = Factory.Services.GetRequiredService<PollPipeline>();
        foreach (var source in Factory.Services.GetRequiredService<FeedHubCatalog>().Sources)
        {
            await polls.PollAsync(source, CancellationToken.None);
        }

        using var first = await Client.GetAsync(new Uri("/feeds/news.rss", UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/feeds/news.rss");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await Client.SendAsync(conditional);
        using var missing = await Client.GetAsync(new Uri("/feeds/nope.rss", UriKind.Relative));
        using var health = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal((200, 304, 404), ((int)first.StatusCode, (int)notModified.StatusCode, (int)missing.StatusCode));

        using var scrape = await Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        MetricsContentType = scrape.Content.Headers.ContentType?.ToString() ?? string.Empty;
        Metrics = PrometheusText.Parse(await scrape.Content.ReadAsStringAsync());
    }

    public async Task<PrometheusText> ScrapeAsync() => PrometheusText.Parse(await Client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private string Url(string path) => new Uri(site.BaseUri, path).AbsoluteUri;
}
