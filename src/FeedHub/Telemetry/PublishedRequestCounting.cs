using FeedHub.Configuration;
using FeedHub.Core.Telemetry;

namespace FeedHub.Telemetry;

/// <summary>
/// Counts every request for a published document with its status (<see cref="FeedHubMetrics.PublishedRequest"/>),
/// first thing in the pipeline so that output cache hits, 304s and 404s are counted alike. ASP.NET Core's own
/// request metric cannot do this: a cache hit is answered before routing, so it has no route to label it with.
/// </summary>
internal static class PublishedRequestCounting
{
    public static IApplicationBuilder UsePublishedRequestCounting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var metrics = app.ApplicationServices.GetRequiredService<FeedHubMetrics>();
        var documents = new PublishedDocument(app.ApplicationServices.GetRequiredService<FeedHubCatalog>().Feeds.Select(f => f.Id));
        return app.Use(async (context, next) =>
        {
            if (documents.Classify(context.Request.Path.Value ?? "/") is not var (document, feed))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var failed = true;
            try
            {
                await next(context).ConfigureAwait(false);
                failed = false;
            }
            finally
            {
                // An endpoint that threw before answering is answered 500 by the server.
                metrics.PublishedRequest(document, feed, failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode);
            }
        });
    }
}
