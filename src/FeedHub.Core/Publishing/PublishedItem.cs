namespace FeedHub.Core.Publishing;

/// <summary>One item of a published feed.</summary>
public sealed record PublishedItem
{
    /// <summary>A stable id (a urn:uuid derived from source and item), the same in every format.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public string? Author { get; init; }

    /// <summary>Sanitized HTML: the extracted article, else the feed's own content, else its summary.</summary>
    public required string ContentHtml { get; init; }

    /// <summary>A plain-text summary, a few sentences at most.</summary>
    public string? Summary { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? SourceTitle { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>The item's language tag, when its page or feed declares a well-formed one.</summary>
    public string? Language { get; init; }

    /// <summary>The other outlets' reports of the same story: written as related links and listed under the content.</summary>
    public IReadOnlyList<RelatedReport> OtherReports { get; init; } = [];
}

/// <summary>Another outlet's report of a published story.</summary>
public sealed record RelatedReport(string SourceTitle, string Link, DateTimeOffset FirstSeen);
