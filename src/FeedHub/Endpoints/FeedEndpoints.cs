using System.Globalization;
using System.Security.Cryptography;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Publishing;
using Microsoft.Net.Http.Headers;

namespace FeedHub.Endpoints;

/// <summary>
/// GET /feeds/{id}.rss|.atom|.json: the curated feed, rendered from the store on each request, with a strong ETag
/// (a hash of the bytes, so it changes exactly when the content does), Last-Modified, and 304 on a match. Its links
/// start at <see cref="PublicBase"/>.
/// </summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/{file}", ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext context, FeedHubCatalog catalog, CuratedFeedBuilder builder, LocalFiles localFiles, TimeProvider time, CancellationToken cancellationToken)
    {
        var dot = file.LastIndexOf('.');
        var format = dot > 0 ? FeedFormatKind.FromExtension(file[(dot + 1)..]) : null;
        var feed = dot > 0 ? catalog.FindFeed(file[..dot]) : null;
        if (format is null || feed is null)
        {
            return Results.NotFound();
        }

        var entries = await builder.BuildAsync(feed, catalog.Sources, cancellationToken).ConfigureAwait(false);
        var site = PublicBase.Of(context);
        var published = PublishedFeedFactory.Create(feed, entries, catalog.SourcesById, site.Url, site.Resolve($"feeds/{feed.Id}.{format.Extension}"), time.GetUtcNow(), link => localFiles.ForReaders(link, site.Url));
        var body = format.Write(published);
        return Conditional(context, body, format.MediaType, published.Updated);
    }

    internal static IResult Conditional(HttpContext context, byte[] body, string mediaType, DateTimeOffset updated)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        var lastModified = new DateTimeOffset(updated.UtcDateTime.AddTicks(-(updated.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        // Built from a Host the client chose (no FeedHub:PublicBaseUrl), a response is for that client alone.
        var trusted = PublicBase.Of(context).Trusted;
        headers.CacheControl = new CacheControlHeaderValue { Public = trusted, Private = !trusted, MaxAge = TimeSpan.FromMinutes(1) };
        var request = context.Request.GetTypedHeaders();
        var noneMatch = request.IfNoneMatch;
        var notModified = noneMatch.Count > 0
            ? noneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && lastModified <= since;
        return notModified ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, mediaType);
    }

    internal static string FormatTime(DateTimeOffset time) => time.ToString("u", CultureInfo.InvariantCulture);
}
