using FeedHub.Core.Store;
using Quartz;

namespace FeedHub.Endpoints;

/// <summary>GET /healthz: 200 when the scheduler is running and the database answers, 503 otherwise; with what the output cache holds.</summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/healthz", GetOrHead.Methods, CheckAsync);
        return app;
    }

    private static async Task<IResult> CheckAsync(ISchedulerFactory schedulers, IFeedStore store, OutputCache cache, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var schedulerUp = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false) == SchedulerStatus.Running;
        var databaseUp = await store.PingAsync(cancellationToken).ConfigureAwait(false);
        var body = new HealthReport(schedulerUp && databaseUp ? "ok" : "unavailable", schedulerUp, databaseUp, cache.Count, cache.Bytes, cache.Hits);
        return Results.Json(body, HostJsonContext.Default.HealthReport, statusCode: schedulerUp && databaseUp ? 200 : 503);
    }
}
