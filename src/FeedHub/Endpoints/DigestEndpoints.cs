using System.Globalization;
using System.Text;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;
using FeedHub.Core.Publishing;
using FeedHub.Core.Store;

namespace FeedHub.Endpoints;

/// <summary>
/// A curated feed's digests: GET /digests/{feed}/ (the list; the form without the slash redirects to it),
/// /digests/{feed}/{key} (one digest as a page; the key is its date, or its date and time when the schedule cuts more
/// than one a day, see <see cref="DigestKeys"/>) and /feeds/{feed}/digest.rss|.atom|.json (one item per digest,
/// with the digest as its content), for the schedule's latest windows: the digests cut when the schedule fired, and
/// the windows missed built from the store. A feed without a digest schedule answers its pages with a 404 page
/// saying so. Pages link by absolute path (under the request's PathBase); feeds by absolute URL.
/// </summary>
internal static class DigestEndpoints
{
    /// <summary>How many of the latest windows have pages and items.</summary>
    public const int Windows = 14;

    public static IEndpointRouteBuilder MapDigestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/digests/{feed}/", GetOrHead.Methods, ListAsync);
        app.MapMethods("/digests/{feed}/{key}", GetOrHead.Methods, PageAsync);
        app.MapMethods("/feeds/{feed}/{file}", GetOrHead.Methods, FeedAsync);
        return app;
    }

    /// <summary>The path of a feed's digest list, under the request's PathBase: /digests/{feed}/.</summary>
    internal static string ListPath(HttpRequest request, string feedId) => $"{request.PathBase}/digests/{Uri.EscapeDataString(feedId)}/";

    private static async Task<IResult> ListAsync(string feed, HttpContext context, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Scheduled(catalog, feed) is not { } definition)
        {
            return NoDigests(context, catalog, feed, $"the digests of '{feed}'");
        }

        var request = context.Request;
        if (request.Path.Value?.EndsWith('/') != true)
        {
            // Relative links resolve against the slash form only; one address per page.
            return Results.Redirect(ListPath(request, definition.Id) + request.QueryString, permanent: true, preserveMethod: true);
        }

        var now = time.GetUtcNow();
        var current = VersionOf(context, definition, time);
        var version = current();

        var digests = await publisher.RecentAsync(definition, catalog.Sources, now, Windows, cancellationToken).ConfigureAwait(false);
        var html = DigestListPage.Render(request, definition, DigestKeys.For(definition.Digest!), ForReaders(digests, context), now);
        return Documents.Fresh(context, version, current, Encoding.UTF8.GetBytes(html), HtmlPage.MediaType, digests.Count > 0 ? digests[0].End : DateTimeOffset.UnixEpoch);
    }

    private static async Task<IResult> PageAsync(string feed, string key, HttpContext context, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Scheduled(catalog, feed) is not { } definition)
        {
            return NoDigests(context, catalog, feed, $"the digest '{key}' of '{feed}'");
        }

        var current = VersionOf(context, definition, time);
        var version = current();

        var digests = ForReaders(await publisher.RecentAsync(definition, catalog.Sources, time.GetUtcNow(), Windows, cancellationToken).ConfigureAwait(false), context);
        var keys = DigestKeys.For(definition.Digest!);
        var list = ListPath(context.Request, definition.Id);
        var at = digests.ToList().FindIndex(d => keys.KeyOf(d) == key);
        if (at < 0 && keys.ManyPerDay && digests.FirstOrDefault(d => keys.DateOf(d) == key) is { } sameDay)
        {
            return Results.Redirect(list + keys.KeyOf(sameDay)); // a date alone names that day's latest digest
        }

        if (at < 0)
        {
            return NotFoundPage.Result(context, $"the digest '{key}' of {definition.Title}",
                $"There is no digest '{key}' among the latest {Windows} of {definition.Title}: the address may be mistyped, too old, or for a window with no stories. The digest list has the ones there are.");
        }

        var navigation = new DigestNavigation(list, context.Request.PathBase + "/")
        {
            Previous = at + 1 < digests.Count ? new DigestLink(list + keys.KeyOf(digests[at + 1]), keys.Label(digests[at + 1])) : null,
            Next = at > 0 ? new DigestLink(list + keys.KeyOf(digests[at - 1]), keys.Label(digests[at - 1])) : null,
        };
        return Documents.Fresh(context, version, current, Encoding.UTF8.GetBytes(DigestHtml.Page(digests[at], keys, navigation)), HtmlPage.MediaType, digests[at].End);
    }

    private static async Task<IResult> FeedAsync(string feed, string file, HttpContext context, FeedHubCatalog catalog, DigestPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        var format = file.StartsWith("digest.", StringComparison.Ordinal) ? FeedFormatKind.FromExtension(file["digest.".Length..]) : null;
        if (format is null || Scheduled(catalog, feed) is not { } definition)
        {
            return Results.NotFound();
        }

        var current = VersionOf(context, definition, time);
        var version = current();

        var digests = ForReaders(await publisher.RecentAsync(definition, catalog.Sources, time.GetUtcNow(), Windows, cancellationToken).ConfigureAwait(false), context);
        var keys = DigestKeys.For(definition.Digest!);
        var home = PublicBase.Of(context).Resolve($"digests/{Uri.EscapeDataString(definition.Id)}/");
        var published = new PublishedFeed
        {
            Id = definition.Id + "-digest",
            Title = definition.Title + ": digests",
            Description = "Digests of " + definition.Title,
            HomeUrl = home,
            SelfUrl = new Uri(home, $"../../feeds/{Uri.EscapeDataString(definition.Id)}/digest.{format.Extension}"),
            Updated = digests.Count > 0 ? digests[0].End : definition.Digest!.WindowAt(time.GetUtcNow())?.End ?? DateTimeOffset.UnixEpoch, // the same bytes until the schedule fires
            Hubs = catalog.Hubs,
            Items = [.. digests.Select(d => Item(d, keys, new Uri(home, keys.KeyOf(d))))],
        };
        return Documents.Fresh(context, version, current, format.Write(published), format.MediaType, published.Updated);
    }

    /// <summary>The digests with the links readers can follow: a local source's file: links become its address on FeedHub (<see cref="LocalFiles"/>).</summary>
    private static List<Digest> ForReaders(IReadOnlyList<Digest> digests, HttpContext context)
    {
        var files = context.RequestServices.GetRequiredService<LocalFiles>();
        var site = PublicBase.Of(context).Url;
        return [.. digests.Select(d => d with
        {
            Stories = [.. d.Stories.Select(s => s with
            {
                Link = files.ForReaders(s.Link, site),
                Sources = [.. s.Sources.Select(r => r with { Link = files.ForReaders(r.Link, site) })],
            })],
        })];
    }

    /// <summary>What a digest document is built from: the feed's entries and digests, and which windows are due (a new one is due when the schedule fires, stories or not).</summary>
    private static Func<string> VersionOf(HttpContext context, CuratedFeedDefinition feed, TimeProvider time)
    {
        var versions = context.RequestServices.GetRequiredService<ContentVersions>();
        return () => string.Create(CultureInfo.InvariantCulture, $"{versions.Of(feed.Id)}:{feed.Digest!.WindowAt(time.GetUtcNow())?.End.UtcTicks}");
    }

    private static CuratedFeedDefinition? Scheduled(FeedHubCatalog catalog, string feedId) => catalog.FindFeed(feedId) is { Digest: not null } feed ? feed : null;

    private static IResult NoDigests(HttpContext context, FeedHubCatalog catalog, string feedId, string asked) =>
        NotFoundPage.Result(context, asked, catalog.FindFeed(feedId) is { } feed
            ? $"The feed {feed.Title} has no digest schedule, so no digests are cut for it. Its items are on the index, and in its RSS, Atom and JSON feeds."
            : $"FeedHub has no feed called '{feedId}'.");

    private static PublishedItem Item(Digest digest, DigestKeys keys, Uri page) => new()
    {
        Id = digest.Id,
        Title = DigestHtml.Title(digest, keys),
        Link = page.AbsoluteUri,
        Published = digest.End,
        Updated = digest.End,
        ContentHtml = DigestHtml.Fragment(digest, keys),
        Summary = string.Join(" · ", digest.Stories.Take(5).Select(s => s.Title)),
    };
}
