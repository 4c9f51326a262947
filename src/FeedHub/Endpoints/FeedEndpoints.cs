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

    private static async Task<IResult> ServeAsync(string file, HttpContext context, FeedHubCatalog catalog, CuratedFeedBuilder builder, LocalFiles localFiles, ContentVersions versions, IFeedStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (FeedFormatKind.Split(file) is not var (name, format) || catalog.FindFeed(name) is not { } feed)
        {
            return Results.NotFound();
        }

        // The newest archive page changes when a month closes, writes or not.
        string Current() => string.Create(CultureInfo.InvariantCulture, $"{versions.Of(feed.Id)}:{time.GetUtcNow().UtcDateTime:yyyy-MM}");
        var version = Current();

        var entries = await builder.BuildAsync(feed, catalog.Sources, cancellationToken).ConfigureAwait(false);
        var months = await ArchiveEndpoints.ClosedMonthsAsync(store, feed, catalog, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var site = PublicBase.Of(context);
        var published = PublishedFeedFactory.Create(feed, entries, catalog.SourcesById, site.Url, site.Resolve($"feeds/{feed.Id}.{format.Extension}"), time.GetUtcNow(), link => localFiles.ForReaders(link, site.Url)) with
        {
            Hubs = catalog.Hubs,
            Archive = months.Count > 0 ? new FeedArchiveLinks(false, null, ArchiveEndpoints.PageUrl(site, feed.Id, months[^1], format.Extension), null) : null,
        };
        return Documents.Fresh(context, version, Current, format.Write(published), format.MediaType, published.Updated);
    }

    internal static string FormatTime(DateTimeOffset time) => time.ToString("u", CultureInfo.InvariantCulture);
}
