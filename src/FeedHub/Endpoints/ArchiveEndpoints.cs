using System.Globalization;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Publishing;
using FeedHub.Core.Store;

namespace FeedHub.Endpoints;

/// <summary>
/// RFC 5005 archived feeds: GET and HEAD /feeds/{id}/archive/{yyyy-MM}.rss|.atom|.json, one page per closed UTC
/// month holding the stories whose entries FeedHub first saw in that month (so a closed month never gains any),
/// judged by the feed's rules as of the month's end. A page is rendered once, stored, and served as stored from
/// then on (Cache-Control immutable), whatever changes later; it names the subscription document (current), the
/// month before it (prev-archive) and the month after it when that was closed already (next-archive; a closed month
/// never gains entries, so the link stays right). Pages are stored only when their links come from
/// FeedHub:PublicBaseUrl, and not while a page is the only one (it would link to no other archive for good).
/// </summary>
internal static class ArchiveEndpoints
{
    public static IEndpointRouteBuilder MapArchiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds/{feed}/archive/{file}", GetOrHead.Methods, ServeAsync);
        return app;
    }

    /// <summary>The closed months (before the current UTC month) with entries of the feed's sources, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> ClosedMonthsAsync(IFeedStore store, CuratedFeedDefinition feed, FeedHubCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var current = now.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var months = await store.GetEntryMonthsAsync(CuratedFeedBuilder.SourcesOf(feed, catalog.Sources), cancellationToken).ConfigureAwait(false);
        return [.. months.Where(m => string.CompareOrdinal(m, current) < 0)];
    }

    public static Uri PageUrl(PublicBase site, string feedId, string month, string extension) =>
        site.Resolve($"feeds/{Uri.EscapeDataString(feedId)}/archive/{month}.{extension}");

    private static async Task<IResult> ServeAsync(string feed, string file, HttpContext context, FeedHubCatalog catalog, IFeedStore store, CuratedFeedBuilder builder, LocalFiles localFiles, TimeProvider time, CancellationToken cancellationToken)
    {
        if (FeedFormatKind.Split(file) is not var (period, format) || catalog.FindFeed(feed) is not { } definition
            || !DateTime.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month))
        {
            return Results.NotFound();
        }

        var months = await ClosedMonthsAsync(store, definition, catalog, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var at = months.ToList().IndexOf(period);
        if (at < 0)
        {
            return Results.NotFound(); // an open month, or one without entries
        }

        var site = PublicBase.Of(context);
        var body = site.Trusted ? await store.GetArchiveAsync(definition.Id, period, format.Extension, cancellationToken).ConfigureAwait(false) : null;
        var stored = body is not null;
        if (body is null)
        {
            var from = new DateTimeOffset(month, TimeSpan.Zero);
            var until = from.AddMonths(1);
            var stories = await builder.BuildArchiveAsync(definition, catalog.Sources, from, until, cancellationToken).ConfigureAwait(false);
            var published = PublishedFeedFactory.Create(definition, stories, catalog.SourcesById, site.Url, PageUrl(site, definition.Id, period, format.Extension), until, link => localFiles.ForReaders(link, site.Url)) with
            {
                Title = $"{definition.Title}: {from.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
                Archive = new FeedArchiveLinks(
                    true,
                    site.Resolve($"feeds/{Uri.EscapeDataString(definition.Id)}.{format.Extension}"),
                    at > 0 ? PageUrl(site, definition.Id, months[at - 1], format.Extension) : null,
                    at + 1 < months.Count ? PageUrl(site, definition.Id, months[at + 1], format.Extension) : null),
            };
            body = format.Write(published);
            // The only closed month links to no other archive yet (RFC 5005 wants one or the other); it is stored once a later month closes.
            if (site.Trusted && (published.Archive.PrevArchive ?? published.Archive.NextArchive) is not null)
            {
                body = await store.AddArchiveAsync(definition.Id, period, format.Extension, body, cancellationToken).ConfigureAwait(false);
                stored = true;
            }
        }

        // A stored page is for good; one not stored yet holds until the next month closes.
        string Current() => stored ? "stored" : time.GetUtcNow().UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return Documents.Fresh(context, Current(), Current, body, format.MediaType, new DateTimeOffset(month, TimeSpan.Zero).AddMonths(1), immutable: stored);
    }
}
