using System.Text.Json.Serialization;

namespace FeedHub.Cli;

/// <summary>Source-generated JSON for CLI output.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(ExtractOutput))]
[JsonSerializable(typeof(List<SourceListRow>))]
[JsonSerializable(typeof(FeedHub.Core.Model.Digest))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
