using Microsoft.AspNetCore.Http.Extensions;

namespace FeedHub.Endpoints;

/// <summary>
/// Serves every route under FeedHub:BasePath (/feedhub), for a reverse proxy that passes its prefix on: the base
/// becomes the request's PathBase, so the links FeedHub builds from it carry the prefix, and the path after it is
/// routed as usual. A request outside the base gets a 404 naming the base: each document has one address, not one
/// through the proxy and another beside it.
/// </summary>
internal static class UnderBasePath
{
    public static IApplicationBuilder UseBasePath(this IApplicationBuilder app, PathString basePath)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(basePath, out var rest))
            {
                var index = request.PathBase.Add(basePath) + "/";
                await NotFoundPage.Result(context, request.GetEncodedPathAndQuery(), $"FeedHub is served under {index}, not here.", index).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            // The configured spelling, not the request's: a cached document's links are the same whatever case was asked for.
            var (pathBase, path) = (request.PathBase, request.Path);
            request.PathBase = pathBase.Add(basePath);
            request.Path = rest;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                request.PathBase = pathBase;
                request.Path = path;
            }
        });
    }
}
