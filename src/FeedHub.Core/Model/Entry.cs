namespace FeedHub.Core.Model;

/// <summary>A stored item of a source, keyed by (SourceId, ItemKey), with its extracted article when there is one.</summary>
public sealed record Entry
{
    public required string SourceId { get; init; }

    /// <summary>The item's id in its feed, or its link, or a hash of its content when it has neither.</summary>
    public required string ItemKey { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>A hash of the item as the feed gave it; a change means the item was updated.</summary>
    public required string ContentHash { get; init; }

    /// <summary>
    /// A digest of the bytes the item was read from, when the parser could take one (see ItemFingerprint): a later
    /// poll that finds the same fingerprint knows the item is unchanged without decoding its HTML.
    /// </summary>
    public string? SourceFingerprint { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastChanged { get; init; }
    public string? ArticleHtml { get; init; }
    public string? ArticleText { get; init; }
    public int? WordCount { get; init; }

    /// <summary>Where the entry's full text stands: not wanted, waiting for the article worker, extracted, or not used and why.</summary>
    public ArticleStatus ArticleStatus { get; init; }

    /// <summary>Why the extraction was not used (the quality guard's reason or the fetch error).</summary>
    public string? ArticleNote { get; init; }

    /// <summary>The quality guard's confidence in the extraction (0 to 1).</summary>
    public double? ArticleConfidence { get; init; }

    /// <summary>What found the article on its page (see <see cref="Extraction.ExtractionPaths"/>), so an operator can see which pages needed a fallback.</summary>
    public string? ExtractionPath { get; init; }

    /// <summary>The article page's rel=canonical address: the link published and compared for duplicates when known.</summary>
    public string? CanonicalLink { get; init; }

    /// <summary>The entry's language tag ("en-GB"): the article page's when extracted, else its feed's; null when neither says.</summary>
    public string? Language { get; init; }

    /// <summary>How many times the article was tried and failed; reset when it succeeds or its rules change.</summary>
    public int ArticleAttempts { get; init; }

    /// <summary>When a failed article is tried again; null when it is not (it succeeded, was refused, or used up its attempts).</summary>
    public DateTimeOffset? ArticleRetryAt { get; init; }

    /// <summary>The rules that decided the article (see Pipeline.Articles.ArticleRules): when the operator changes them, a failed or rejected article is tried again.</summary>
    public string? ArticleDecidedBy { get; init; }

    /// <summary>The entry's lead image (absolute URL): its article page's (og:image, JSON-LD) when extracted, else its feed item's own image.</summary>
    public string? Image { get; init; }

    /// <summary>The time readers should see: the feed's own date, else when FeedHub first saw the item.</summary>
    public DateTimeOffset SortTime => Published ?? Updated ?? FirstSeen;

    /// <summary>The entry's plain text: its extracted article's, else its feed content's or summary's (<see cref="Text.HtmlText.Strip"/>).</summary>
    public string PlainText() => ArticleText ?? Text.HtmlText.Strip(Content ?? Summary ?? string.Empty);
}
