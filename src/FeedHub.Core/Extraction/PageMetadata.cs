using FeedHub.Core.Model;

namespace FeedHub.Core.Extraction;

/// <summary>What a page says about its article, as <see cref="MetadataReader"/> reads it, with what only the extractor needs.</summary>
internal sealed record PageMetadata : ArticleMetadata
{
    /// <summary>The JSON-LD articleBody, a structured copy of the text for the fallback chain.</summary>
    public string? JsonLdBody { get; init; }
}
