using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Store;

namespace FeedHub.Endpoints;

/// <summary>
/// GET /: what FeedHub publishes, for a reader. Each curated feed with its description, item count and newest items,
/// its subscribe links (and &lt;link rel="alternate"&gt; autodiscovery) and its digests when it has a schedule; then
/// each source's status (not polled yet, gone, failing, last polled, moved). Links are absolute paths under the
/// request's PathBase.
/// </summary>
internal static class IndexPage
{
    public static IEndpointRouteBuilder MapIndexPage(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", GetOrHead.Methods, RenderAsync);
        return app;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, FeedHubCatalog catalog, IFeedStore store, CuratedFeedBuilder builder, ContentVersions versions, TimeProvider time, CancellationToken cancellationToken)
    {
        // The index shows every feed and source, and each schedule's next cut: it changes with any write and when a schedule fires.
        string Current() => string.Create(CultureInfo.InvariantCulture, $"{versions.Any}:{string.Join(',', catalog.Feeds.Select(f => f.Digest?.WindowAt(time.GetUtcNow())?.End.UtcTicks))}");
        var now = time.GetUtcNow();
        var version = Current();

        var states = (await store.GetSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
        var root = context.Request.PathBase.Value ?? string.Empty;
        var head = new StringBuilder();
        foreach (var feed in catalog.Feeds)
        {
            var path = $"{root}/feeds/{Uri.EscapeDataString(feed.Id)}";
            head.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{E(feed.Title)} (RSS)\" href=\"{E(path)}.rss\">\n")
                .Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{E(feed.Title)} (Atom)\" href=\"{E(path)}.atom\">\n")
                .Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/feed+json\" title=\"{E(feed.Title)} (JSON Feed)\" href=\"{E(path)}.json\">\n");
        }

        var body = new StringBuilder("<h1>FeedHub</h1>\n<p class=\"muted\">Curated news feeds, gathered from the sources below. To subscribe, copy a feed's link (RSS, Atom or JSON Feed) into your feed reader; most readers also find them from this page's address.</p>\n");
        foreach (var feed in catalog.Feeds)
        {
            var stories = await builder.BuildAsync(feed, catalog.Sources, cancellationToken).ConfigureAwait(false);
            IndexFeedCard.Append(body, context, feed, stories, now);
        }

        body.Append("<div class=\"card\"><h2>Sources</h2>\n<ul class=\"sources\">\n");
        foreach (var source in catalog.Sources)
        {
            var state = states.GetValueOrDefault(source.Id);
            var status = state is null ? "not polled yet"
                : state.IsGone(source) ? $"gone since {FeedEndpoints.FormatTime(state.GoneSince!.Value)} (HTTP 410); not polled until its Url changes or it is revived"
                : state.LastError is not null ? (state.FailingSince is { } since ? $"failing since {FeedEndpoints.FormatTime(since)}: " : "failing: ") + state.LastError
                : "last polled " + FeedEndpoints.FormatTime(state.LastPolled ?? default);
            body.Append(CultureInfo.InvariantCulture, $"<li>{E(source.Title ?? state?.Title ?? source.Id)} <span class=\"muted\">({E(status)})</span>");
            if (state is not null && state.PollUrl(source) != source.Location)
            {
                // A permanent move: both addresses, the configured one being the fallback.
                body.Append(CultureInfo.InvariantCulture, $"<br><span class=\"muted\">moved to {E(state.PollUrl(source).AbsoluteUri)} (configured: {E(source.Location.AbsoluteUri)})</span>");
            }

            body.Append("</li>\n");
        }

        body.Append("</ul></div>\n");
        return Documents.Fresh(context, version, Current, Encoding.UTF8.GetBytes(HtmlPage.Document("FeedHub", body.ToString(), head.ToString())), HtmlPage.MediaType, now);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
