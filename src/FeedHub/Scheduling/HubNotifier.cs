using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Store;
using FeedHub.Endpoints;

namespace FeedHub.Scheduling;

/// <summary>
/// WebSub (W3C Recommendation) as a publisher: every few seconds it compares each curated feed's
/// <see cref="ContentVersions"/> counter with the one it last announced and, for a feed that changed, tells every
/// configured hub (FeedHub:Hubs) that the feed's documents changed: a POST of hub.mode=publish and hub.url=TOPIC per
/// topic (the feed's RSS, Atom and JSON Feed addresses, and its digest feeds'), the form the common hubs accept. The
/// interval gathers the writes of one poll cycle into one announcement. A hub that fails is logged in one line and
/// told again at the next change.
/// </summary>
internal sealed partial class HubNotifier(ContentVersions versions, FeedHubCatalog catalog, IHttpClientFactory clients, TimeProvider time, ILogger<HubNotifier> logger) : BackgroundService
{
    public const string ClientName = "websub";
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (catalog.Hubs.Count == 0 || catalog.PublicBaseUrl is not { } site)
        {
            return;
        }

        var announced = catalog.Feeds.ToDictionary(f => f.Id, f => versions.Of(f.Id));
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var feed in catalog.Feeds)
            {
                var now = versions.Of(feed.Id);
                if (now != announced[feed.Id])
                {
                    announced[feed.Id] = now;
                    await AnnounceAsync(Topics(feed, site), stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static IEnumerable<Uri> Topics(CuratedFeedDefinition feed, Uri site)
    {
        var id = Uri.EscapeDataString(feed.Id);
        foreach (var extension in FeedFormatKind.All.Select(f => f.Extension))
        {
            yield return new Uri(site, $"feeds/{id}.{extension}");
            if (feed.Digest is not null)
            {
                yield return new Uri(site, $"feeds/{id}/digest.{extension}");
            }
        }
    }

    private async Task AnnounceAsync(IEnumerable<Uri> topics, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(ClientName);
        foreach (var topic in topics)
        {
            foreach (var hub in catalog.Hubs)
            {
                try
                {
                    using var body = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", topic.AbsoluteUri)]);
                    using var response = await client.PostAsync(hub, body, cancellationToken).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode)
                    {
                        LogHubRefused(hub.AbsoluteUri, topic.AbsoluteUri, (int)response.StatusCode);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    LogHubFailed(hub.AbsoluteUri, topic.AbsoluteUri, e.Message);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub hub {Hub} answered HTTP {Status} to the update of {Topic}")]
    private partial void LogHubRefused(string hub, string topic, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub hub {Hub} could not be told of the update of {Topic}: {Reason}")]
    private partial void LogHubFailed(string hub, string topic, string reason);
}
