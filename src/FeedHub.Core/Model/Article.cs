
namespace FeedHub.Core.Model;

/// <summary>The main content and metadata extracted from an article page.</summary>
public sealed record Article
{
    public string? Title { get; init; }
    /// <summary>The credit line as the page words it ("By Jane Doe, Staff Writer"), as Readability reports it.</summary>
    public string? Byline { get; init; }

    /// <summary>The author's name or names cleaned of the credit line's words ("Jane Doe"): what feeds publish as the author.</summary>
    public string? Author { get; init; }

    /// <summary>The publication's name (JSON-LD publisher, og:site_name).</summary>
    public string? SiteName { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Image { get; init; }
    public string? Excerpt { get; init; }
    public required string Text { get; init; }
    /// <summary>The article as minimal HTML, already sanitized with <see cref="Sanitizing.ContentSanitizer"/>'s rules.</summary>
    public required string Html { get; init; }
    public int WordCount { get; init; }

    /// <summary>The page's rel=canonical address, when it declares one.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Estimated reading time in whole minutes (230 words a minute; CJK text by characters, 500 a minute).</summary>
    public int ReadingMinutes { get; init; }

    /// <summary>The share of the article's text that is links to other pages (0 to 1).</summary>
    public double LinkDensity { get; init; }

    /// <summary>What found the article: a site rule, the main pass, a relaxed retry, a structured copy or the density baseline (see <see cref="Extraction.ExtractionPaths"/>).</summary>
    public string ExtractionPath { get; init; } = Extraction.ExtractionPaths.Main;
}
