using System.Text.Json.Serialization;

namespace FeedHub.Storage;

/// <summary>Source-generated JSON for the list columns, stored digests and a source's publishing schedule.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(FeedHub.Core.Model.Digest))]
[JsonSerializable(typeof(FeedHub.Core.Model.PublishingSchedule))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
