using System.Text.Json.Serialization;

namespace FeedHub.Storage.Postgres;

/// <summary>Source-generated JSON for the jsonb columns: stored digests and a source's publishing schedule (the same shapes the SQLite store writes).</summary>
[JsonSerializable(typeof(FeedHub.Core.Model.Digest))]
[JsonSerializable(typeof(FeedHub.Core.Model.PublishingSchedule))]
internal sealed partial class PostgresJsonContext : JsonSerializerContext;
