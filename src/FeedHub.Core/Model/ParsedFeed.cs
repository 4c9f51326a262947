namespace FeedHub.Core.Model;

/// <summary>A feed document in the normalized model, whatever format it came in.</summary>
public sealed record ParsedFeed
{
    public required FeedFormat Format { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Image { get; init; }
    public FeedGenerator? Generator { get; init; }
    public string? Rights { get; init; }
    public IReadOnlyList<Person> Authors { get; init; } = [];

    /// <summary>The feed's own categories (RSS channel category, itunes:category, dc:subject, keywords; Atom category).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<FeedItem> Items { get; init; } = [];

    /// <summary>What the feed says about how often to fetch it (RSS ttl, skipHours, skipDays; sy:updatePeriod).</summary>
    public PublishingSchedule Schedule { get; init; } = PublishingSchedule.None;

    /// <summary>Why the document had to be repaired or was read only in part; null for a well-formed document.</summary>
    public string? Recovery { get; init; }
}
