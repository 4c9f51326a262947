namespace FeedHub.Endpoints;

/// <summary>
/// How every published document (feeds, digest pages and feeds, the index) is answered. A request for a kept
/// document whose input is unchanged is answered by <see cref="UseCachedDocuments"/> before routing, without the
/// store or a render; otherwise the endpoint renders and <see cref="Fresh"/> answers and keeps the result when its
/// links come from the configured public address. Documents are kept by their whole path, path base included. The version is read before rendering, so a change during a render
/// leaves an older version in the cache and the next request renders again.
/// </summary>
internal static class Documents
{
    /// <summary>Answers GET and HEAD requests for kept, current documents as soon as the request's address is settled (forwarded headers, base path), after the metrics count it.</summary>
    public static IApplicationBuilder UseCachedDocuments(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cache = app.ApplicationServices.GetRequiredService<OutputCache>();
        return app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && cache.FindCurrent(PathOf(context)) is { } document)
            {
                await new DocumentResult(document, shared: true, document.Immutable).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>A document just rendered from input at <paramref name="version"/>, answered, and kept while <paramref name="currentVersion"/> gives the same.</summary>
    public static IResult Fresh(HttpContext context, string version, Func<string> currentVersion, byte[] body, string mediaType, DateTimeOffset updated, bool immutable = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cache = context.RequestServices.GetRequiredService<OutputCache>();
        cache.CountMiss();
        var trusted = PublicBase.Of(context).Trusted;
        var document = CachedDocument.Create(version, currentVersion, body, mediaType, updated, compress: trusted, immutable);
        if (trusted)
        {
            cache.Keep(PathOf(context), document);
        }

        return new DocumentResult(document, trusted, immutable);
    }

    // The whole path, base included: a proxy's X-Forwarded-Prefix changes the links in a page, so it must change the key too.
    private static string PathOf(HttpContext context) => (context.Request.PathBase + context.Request.Path).Value ?? "/";
}
