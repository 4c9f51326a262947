using System.Text.Json.Serialization;

namespace FeedHub.Cli;

/// <summary>One line of `feedhub extract`: the page id and URL, the article's metadata, text and HTML.</summary>
internal sealed record ExtractOutput(
    string Id,
    string Url,
    string? Title,
    string? Byline,
    string? Author,
    [property: JsonPropertyName("site_name")] string? SiteName,
    string? Published,
    [property: JsonPropertyName("lang")] string? Lang,
    string? Image,
    string? Excerpt,
    string Text,
    string Html,
    int WordCount,
    int ReadingMinutes,
    [property: JsonPropertyName("extraction_path")] string ExtractionPath);
