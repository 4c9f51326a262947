using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FeedHub.Configuration;
using FeedHub.Core.Store;

namespace FeedHub.Endpoints;

/// <summary>GET /: the curated feeds with subscribe links and &lt;link rel="alternate"&gt; autodiscovery, and each source's status.</summary>
internal static class IndexPage
{
    public static IEndpointRouteBuilder MapIndexPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", RenderAsync);
        return app;
    }

    private static async Task<IResult> RenderAsync(FeedHubCatalog catalog, IFeedStore store, CancellationToken cancellationToken)
    {
        var states = (await store.GetSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>FeedHub</title>\n");
        foreach (var feed in catalog.Feeds)
        {
            page.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"{html.Encode(feed.Title)} (RSS)\" href=\"/feeds/{feed.Id}.rss\">\n");
            page.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{html.Encode(feed.Title)} (Atom)\" href=\"/feeds/{feed.Id}.atom\">\n");
            page.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/feed+json\" title=\"{html.Encode(feed.Title)} (JSON Feed)\" href=\"/feeds/{feed.Id}.json\">\n");
        }

        page.Append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}")
            .Append("@media (prefers-color-scheme:dark){body{background:#111;color:#ddd}a{color:#8ab4f8}}")
            .Append("li{margin:.5rem 0}.muted{color:#777;font-size:.9em}</style>\n</head>\n<body>\n<h1>FeedHub</h1>\n<h2>Curated feeds</h2>\n<ul>\n");
        foreach (var feed in catalog.Feeds)
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><strong>{html.Encode(feed.Title)}</strong>");
            if (feed.Description is not null)
            {
                page.Append(CultureInfo.InvariantCulture, $" <span class=\"muted\">{html.Encode(feed.Description)}</span>");
            }

            page.Append(CultureInfo.InvariantCulture, $"<br><a href=\"/feeds/{feed.Id}.rss\">RSS</a> · <a href=\"/feeds/{feed.Id}.atom\">Atom</a> · <a href=\"/feeds/{feed.Id}.json\">JSON Feed</a></li>\n");
        }

        page.Append("</ul>\n<h2>Sources</h2>\n<ul>\n");
        foreach (var source in catalog.Sources)
        {
            var state = states.GetValueOrDefault(source.Id);
            var status = state is null ? "not polled yet"
                : state.IsGone(source) ? $"gone since {FeedEndpoints.FormatTime(state.GoneSince!.Value)} (HTTP 410); not polled until its Url changes or it is revived"
                : state.LastError is not null ? "failing: " + state.LastError
                : "last polled " + FeedEndpoints.FormatTime(state.LastPolled ?? default);
            page.Append(CultureInfo.InvariantCulture, $"<li>{html.Encode(source.Title ?? state?.Title ?? source.Id)} <span class=\"muted\">({html.Encode(status)})</span>");
            if (state is not null && state.PollUrl(source) != source.Location)
            {
                // A permanent move: both addresses, the configured one being the fallback.
                page.Append(CultureInfo.InvariantCulture, $"<br><span class=\"muted\">moved to {html.Encode(state.PollUrl(source).AbsoluteUri)} (configured: {html.Encode(source.Location.AbsoluteUri)})</span>");
            }

            page.Append("</li>\n");
        }

        page.Append("</ul>\n</body>\n</html>\n");
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }
}
