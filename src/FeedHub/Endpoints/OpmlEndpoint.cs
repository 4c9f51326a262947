using FeedHub.Configuration;
using FeedHub.Core.Publishing.Opml;

namespace FeedHub.Endpoints;

/// <summary>GET and HEAD /opml: what FeedHub publishes as an OPML 2.0 subscription list (each curated feed, and its digest feed when it has a schedule), for importing into a reader at once.</summary>
internal static class OpmlEndpoint
{
    public const string MediaType = "text/x-opml; charset=utf-8";

    public static IEndpointRouteBuilder MapOpmlEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/opml", GetOrHead.Methods, Render);
        return app;
    }

    private static IResult Render(HttpContext context, FeedHubCatalog catalog, TimeProvider time)
    {
        var site = PublicBase.Of(context);
        var outlines = new List<OpmlOutline>();
        foreach (var feed in catalog.Feeds)
        {
            var id = Uri.EscapeDataString(feed.Id);
            outlines.Add(new OpmlOutline(feed.Title) { XmlUrl = site.Resolve($"feeds/{id}.rss"), HtmlUrl = site.Resolve($"#feed-{id}"), Description = feed.Description });
            if (feed.Digest is not null)
            {
                outlines.Add(new OpmlOutline(feed.Title + ": digests") { XmlUrl = site.Resolve($"feeds/{id}/digest.rss"), HtmlUrl = site.Resolve($"digests/{id}/"), Description = "Digests of " + feed.Title });
            }
        }

        // The list changes only with the configuration, that is never while the process runs; it has no date, so every run writes the same bytes.
        return Documents.Fresh(context, "configuration", static () => "configuration", OpmlWriter.Write("FeedHub: published feeds", null, outlines, site.Url), MediaType, time.GetUtcNow());
    }
}
