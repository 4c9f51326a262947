using System.Text.Json.Serialization;

namespace FeedHub.Storage;

/// <summary>Source-generated JSON for the list columns and stored digests.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(FeedHub.Core.Model.Digest))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
