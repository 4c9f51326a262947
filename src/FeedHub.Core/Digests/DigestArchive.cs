using FeedHub.Core.Curation;
using FeedHub.Core.Model;

namespace FeedHub.Core.Digests;

/// <summary>
/// The digests of a feed's latest windows, built from its stories on demand: the same stored entries always give
/// the same digests (so nothing needs storing to stay idempotent), windows without stories give none.
/// </summary>
public static class DigestArchive
{
    public static IReadOnlyList<Digest> Recent(CuratedFeedDefinition feed, IReadOnlyList<StoryEntry> stories, IReadOnlyDictionary<string, SourceDefinition> sources, DateTimeOffset now, int windows = 14)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.Digest is not { } schedule)
        {
            return [];
        }

        return [.. schedule.FiresUntil(now, windows).Reverse()
            .Select(end => DigestBuilder.Build(feed, stories, sources, end - schedule.Window, end))
            .OfType<Digest>()];
    }

    /// <summary>The digest's date in its schedule's time zone, as its page address uses it (yyyy-MM-dd).</summary>
    public static string DateOf(Digest digest, DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(schedule);
        return TimeZoneInfo.ConvertTime(digest.End, schedule.TimeZone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
