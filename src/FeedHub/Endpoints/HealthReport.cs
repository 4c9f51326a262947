namespace FeedHub.Endpoints;

/// <summary>The body of GET /healthz: the verdict, its two checks, and the output cache's documents, bytes held and hits.</summary>
internal sealed record HealthReport(string Status, bool Scheduler, bool Database, int CachedDocuments, long CachedBytes, long CacheHits);
