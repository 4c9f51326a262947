namespace FeedHub.Endpoints;

/// <summary>The body of GET /healthz.</summary>
internal sealed record HealthReport(string Status, bool Scheduler, bool Database);
