namespace FeedHub.Core.Model;

/// <summary>One item of a parsed feed, in the normalized model every format maps to.</summary>
public sealed record FeedItem
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public string? Comments { get; init; }
    public IReadOnlyList<Person> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<Enclosure> Enclosures { get; init; } = [];

    /// <summary>The item's own image (media:thumbnail, itunes:image, JSON Feed image), when it names one.</summary>
    public string? Image { get; init; }

    /// <summary>The item's own language (JSON Feed item language, Atom entry xml:lang), when it differs from or refines the feed's.</summary>
    public string? Language { get; init; }
}
