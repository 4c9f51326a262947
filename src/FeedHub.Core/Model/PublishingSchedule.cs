using System.Text.Json.Serialization;

namespace FeedHub.Core.Model;

/// <summary>
/// What a feed says about how often to fetch it: RSS ttl, the Syndication module's update period and frequency,
/// and the RSS hours and days in which it asks not to be fetched (UTC, as RSS 2.0 defines them).
/// </summary>
public sealed record PublishingSchedule
{
    public static readonly PublishingSchedule None = new();

    /// <summary>RSS ttl: how long the feed may be cached.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>sy:updatePeriod divided by sy:updateFrequency: how often the publisher says it updates.</summary>
    public TimeSpan? UpdatePeriod { get; init; }

    /// <summary>RSS skipHours: hours of the day (0-23, UTC) in which the feed should not be fetched.</summary>
    public IReadOnlyList<int> SkipHours { get; init; } = [];

    /// <summary>RSS skipDays: days (UTC) on which the feed should not be fetched.</summary>
    public IReadOnlyList<DayOfWeek> SkipDays { get; init; } = [];

    /// <summary>The longest interval the feed asks for (ttl or update period), or null when it names none.</summary>
    [JsonIgnore]
    public TimeSpan? Interval => Ttl > UpdatePeriod || UpdatePeriod is null ? Ttl : UpdatePeriod;

    /// <summary>Equal when every value is: the hour and day lists compare by their contents.</summary>
    public bool Equals(PublishingSchedule? other) =>
        other is not null && Ttl == other.Ttl && UpdatePeriod == other.UpdatePeriod && SkipHours.SequenceEqual(other.SkipHours) && SkipDays.SequenceEqual(other.SkipDays);

    public override int GetHashCode() => HashCode.Combine(Ttl, UpdatePeriod, SkipHours.Count, SkipDays.Count);

    [JsonIgnore]
    public bool IsEmpty => Ttl is null && UpdatePeriod is null && SkipHours.Count == 0 && SkipDays.Count == 0;
}
