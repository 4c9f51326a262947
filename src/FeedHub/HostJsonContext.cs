using System.Text.Json.Serialization;
using FeedHub.Endpoints;

namespace FeedHub;

/// <summary>Source-generated JSON for the host's own responses.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
