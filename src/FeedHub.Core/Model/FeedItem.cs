namespace FeedHub.Core.Model;

/// <summary>One item of a parsed feed, in the normalized model every format maps to: plain values, every field made.</summary>
public sealed record FeedItem
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The item's summary (HTML or text, as the feed gives it).</summary>
    public string? Summary { get; init; }

    /// <summary>The item's full content (HTML).</summary>
    public string? Content { get; init; }

    public string? Comments { get; init; }
    public IReadOnlyList<Person> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<Enclosure> Enclosures { get; init; } = [];

    /// <summary>The item's own image (media:thumbnail, itunes:image, JSON Feed image), when it names one.</summary>
    public string? Image { get; init; }

    /// <summary>Running time of the item's audio or video: itunes:duration, else Media RSS content duration, else a JSON Feed attachment's duration_in_seconds.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The feed the item was first published in, when the item says so (RSS source, Atom source).</summary>
    public FeedSource? Source { get; init; }

    /// <summary>The item's own language (JSON Feed item language, Atom entry xml:lang), when it differs from or refines the feed's.</summary>
    public string? Language { get; init; }
}
