namespace FeedHub.Core.Model;

/// <summary>What FeedHub remembers about polling one source between runs.</summary>
public sealed record SourceState
{
    public required string SourceId { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastPolled { get; init; }
    public DateTimeOffset? NextDue { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }

    /// <summary>When the current run of failures began (the first failed poll after a success); null while polls succeed.</summary>
    public DateTimeOffset? FailingSince { get; init; }
    public string? Title { get; init; }

    /// <summary>The source's own site: the home link its feed gave at the last successful fetch (RSS channel link, Atom alternate link, JSON Feed home_page_url).</summary>
    public string? SiteLink { get; init; }

    /// <summary>The address polled instead of the configured one, after the same permanent redirect on consecutive polls.</summary>
    public string? MovedTo { get; init; }

    /// <summary>The configured address the move was seen from: the move holds only while the configuration names it.</summary>
    public string? MovedFrom { get; init; }

    /// <summary>The permanent redirect seen on the latest polls, not yet trusted, and on how many polls in a row.</summary>
    public string? RedirectTarget { get; init; }

    public int RedirectStreak { get; init; }

    /// <summary>When the source answered 410 Gone, and the address that did: it is not polled again while it is polled there.</summary>
    public DateTimeOffset? GoneSince { get; init; }

    public string? GoneAt { get; init; }

    /// <summary>What the feed said at its last successful fetch about how often to fetch it (kept for polls that get a 304).</summary>
    public PublishingSchedule Schedule { get; init; } = PublishingSchedule.None;

    /// <summary>Where <paramref name="source"/> is polled: the address it moved to, while its configured address is still the one it moved from.</summary>
    public Uri PollUrl(SourceDefinition source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return MovedTo is not null && MovedFrom == source.Location.AbsoluteUri && Uri.TryCreate(MovedTo, UriKind.Absolute, out var moved) ? moved : source.Location;
    }

    /// <summary>Whether <paramref name="source"/> is gone: it answered 410 at the address it is polled at now.</summary>
    public bool IsGone(SourceDefinition source) => GoneSince is not null && GoneAt == PollUrl(source).AbsoluteUri;
}
