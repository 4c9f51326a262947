
namespace FeedHub.Core.Model;

/// <summary>The stored outcome of fetching and extracting one article URL, success or failure, so each URL is fetched once.</summary>
public sealed record ExtractedPage
{
    public required string Url { get; init; }
    public string? Html { get; init; }
    public string? Text { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public int WordCount { get; init; }

    /// <summary>The share of the article's text that is links (0 to 1), for the quality guard.</summary>
    public double LinkDensity { get; init; }

    /// <summary>The page's rel=canonical address, when it declares one.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The page's declared language (html lang, content-language), when it declares one.</summary>
    public string? Language { get; init; }

    /// <summary>The page's lead image (og:image, JSON-LD image), when it names one.</summary>
    public string? Image { get; init; }

    /// <summary>What found the article (see <see cref="Extraction.ExtractionPaths"/>); null for a failed fetch.</summary>
    public string? ExtractionPath { get; init; }
    public string? Error { get; init; }

    /// <summary>FeedHub's own rules refused the page (see <see cref="Fetching.FetchException.Refused"/>), rather than the site failing.</summary>
    public bool Refused { get; init; }

    /// <summary>The rules in force when the page was fetched (see Pipeline.Articles.ArticleRules): a stored page is reused only under the same rules.</summary>
    public string? DecidedBy { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }

    public bool Succeeded => Error is null && Html is not null;
}
