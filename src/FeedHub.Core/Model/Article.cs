namespace FeedHub.Core.Model;

/// <summary>The main content extracted from an article page, with the page's metadata.</summary>
public sealed record Article : ArticleMetadata
{
    public Article()
    {
    }

    /// <summary>An article with the metadata <paramref name="metadata"/> gives (its own fields only, whatever its type).</summary>
    public Article(ArticleMetadata metadata)
        : base(metadata)
    {
    }

    public required string Text { get; init; }

    /// <summary>The article as minimal HTML, already sanitized with <see cref="Sanitizing.ContentSanitizer"/>'s rules.</summary>
    public required string Html { get; init; }

    public int WordCount { get; init; }

    /// <summary>Estimated reading time in whole minutes (230 words a minute; CJK text by characters, 500 a minute).</summary>
    public int ReadingMinutes { get; init; }

    /// <summary>The share of the article's text that is links to other pages (0 to 1).</summary>
    public double LinkDensity { get; init; }

    /// <summary>What found the article: a site rule, the main pass, a relaxed retry, a structured copy or the density baseline (see <see cref="Extraction.ExtractionPaths"/>).</summary>
    public string ExtractionPath { get; init; } = Extraction.ExtractionPaths.Main;
}
