using System.Net;
using System.Text;
using FeedHub.Configuration;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;
using FeedHub.Core.Publishing;

namespace FeedHub.Endpoints;

/// <summary>
/// A curated feed's digests: GET /digests/{feed}/ (the list), /digests/{feed}/{yyyy-MM-dd} (one digest as a page)
/// and /feeds/{feed}/digest.rss|.atom|.json (one item per digest, with the digest as its content), for the
/// schedule's latest windows: the digests cut when the schedule fired, and the windows missed built from the store.
/// </summary>
internal static class DigestEndpoints
{
    private const int Windows = 14;

    public static IEndpointRouteBuilder MapDigestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/digests/{feed}/", IndexAsync);
        app.MapGet("/digests/{feed}/{date}", PageAsync);
        app.MapGet("/feeds/{feed}/{file}", FeedAsync);
        return app;
    }

    private static async Task<IReadOnlyList<Digest>?> DigestsAsync(string feedId, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        var feed = catalog.FindFeed(feedId);
        return feed?.Digest is null ? null : await publisher.RecentAsync(feed, catalog.Sources, time.GetUtcNow(), Windows, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> IndexAsync(string feed, HttpContext context, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await DigestsAsync(feed, catalog, publisher, time, cancellationToken).ConfigureAwait(false) is not { } digests)
        {
            return Results.NotFound();
        }

        var definition = catalog.FindFeed(feed)!;
        var list = new StringBuilder($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{WebUtility.HtmlEncode(definition.Title)}: digests</title>"
            + "<style>:root{color-scheme:light dark}body{font:17px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem}</style></head><body>"
            + $"<h1>{WebUtility.HtmlEncode(definition.Title)}: digests</h1><ul>");
        foreach (var digest in digests)
        {
            var date = definition.Digest!.DateOf(digest);
            list.Append(System.Globalization.CultureInfo.InvariantCulture, $"<li><a href=\"{date}\">{date}</a>: {digest.Stories.Count} stories</li>");
        }

        list.Append(System.Globalization.CultureInfo.InvariantCulture, $"</ul><p><a href=\"../../feeds/{definition.Id}/digest.rss\">Subscribe to the digests (RSS)</a></p></body></html>");
        return FeedEndpoints.Conditional(context, Encoding.UTF8.GetBytes(list.ToString()), "text/html; charset=utf-8", digests.Count > 0 ? digests[0].End : DateTimeOffset.UnixEpoch);
    }

    private static async Task<IResult> PageAsync(string feed, string date, HttpContext context, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        var digests = await DigestsAsync(feed, catalog, publisher, time, cancellationToken).ConfigureAwait(false);
        var schedule = catalog.FindFeed(feed)?.Digest;
        var digest = schedule is null ? null : digests?.FirstOrDefault(d => schedule.DateOf(d) == date);
        return digest is null
            ? Results.NotFound()
            : FeedEndpoints.Conditional(context, Encoding.UTF8.GetBytes(DigestHtml.Page(digest)), "text/html; charset=utf-8", digest.End);
    }

    private static async Task<IResult> FeedAsync(string feed, string file, HttpContext context, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        var format = file.StartsWith("digest.", StringComparison.Ordinal) ? FeedFormatKind.FromExtension(file["digest.".Length..]) : null;
        if (format is null || await DigestsAsync(feed, catalog, publisher, time, cancellationToken).ConfigureAwait(false) is not { } digests)
        {
            return Results.NotFound();
        }

        var definition = catalog.FindFeed(feed)!;
        var request = context.Request;
        var home = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/digests/{definition.Id}/");
        var published = new PublishedFeed
        {
            Id = definition.Id + "-digest",
            Title = definition.Title + ": digests",
            Description = "Digests of " + definition.Title,
            HomeUrl = home,
            SelfUrl = new Uri(home, $"../../feeds/{definition.Id}/digest.{format.Extension}"),
            Updated = digests.Count > 0 ? digests[0].End : time.GetUtcNow(),
            Items = [.. digests.Select(d => Item(d, new Uri(home, definition.Digest!.DateOf(d))))],
        };
        return FeedEndpoints.Conditional(context, format.Write(published), format.MediaType, published.Updated);
    }

    private static PublishedItem Item(Digest digest, Uri page) => new()
    {
        Id = digest.Id,
        Title = DigestHtml.Title(digest),
        Link = page.AbsoluteUri,
        Published = digest.End,
        Updated = digest.End,
        ContentHtml = DigestHtml.Fragment(digest),
        Summary = string.Join(" · ", digest.Stories.Take(5).Select(s => s.Title)),
    };
}
