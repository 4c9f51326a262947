namespace FeedHub.Core.Model;

/// <summary>
/// What a page says about its article (title, credit line, dates, language, image): read before any content is
/// chosen, and published with the content it describes (<see cref="Article"/>).
/// </summary>
public abstract record ArticleMetadata
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

    /// <summary>The page's rel=canonical address (absolute http or https), when it declares one.</summary>
    public string? CanonicalUrl { get; init; }
}
