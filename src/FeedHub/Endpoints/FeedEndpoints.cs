using System.Globalization;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Publishing;
using FeedHub.Core.Store;

namespace FeedHub.Endpoints;

/// <summary>
/// GET and HEAD /feeds/{id}.rss|.atom|.json: the curated feed, rendered from the store when its sources changed
/// since it was last rendered (<see cref="ContentVersions"/>), else answered from the <see cref="OutputCache"/>; with
/// a strong ETag (a hash of the bytes), Last-Modified, and 304 on a match (<see cref="Documents"/>). Its links start
/// at <see cref="PublicBase"/>.
/// </summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds/{file}", GetOrHead.Methods, ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext context, FeedHubCatalog catalog, CuratedFeedBuilder builder, LocalFiles localFiles, ContentVersions versions, TimeProvider time, CancellationToken cancellationToken)
    {
        var dot = file.LastIndexOf('.');
        var format = dot > 0 ? FeedFormatKind.FromExtension(file[(dot + 1)..]) : null;
        var feed = dot > 0 ? catalog.FindFeed(file[..dot]) : null;
        if (format is null || feed is null)
        {
            return Results.NotFound();
        }

        string Current() => versions.Of(feed.Id).ToString(CultureInfo.InvariantCulture);
        var version = Current();

        var entries = await builder.BuildAsync(feed, catalog.Sources, cancellationToken).ConfigureAwait(false);
        var site = PublicBase.Of(context);
        var published = PublishedFeedFactory.Create(feed, entries, catalog.SourcesById, site.Url, site.Resolve($"feeds/{feed.Id}.{format.Extension}"), time.GetUtcNow(), link => localFiles.ForReaders(link, site.Url)) with { Hubs = catalog.Hubs };
        return Documents.Fresh(context, version, Current, format.Write(published), format.MediaType, published.Updated);
    }

    internal static string FormatTime(DateTimeOffset time) => time.ToString("u", CultureInfo.InvariantCulture);
}
