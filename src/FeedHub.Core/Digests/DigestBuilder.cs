using FeedHub.Core.Curation;
using FeedHub.Core.Extraction;
using FeedHub.Core.Model;
using FeedHub.Core.Publishing;
using FeedHub.Core.Text;

namespace FeedHub.Core.Digests;

/// <summary>
/// Builds the digest of a window from a feed's stories: the stories with a report in the window, ranked by how many
/// sources cover them and then by recency, each with its sources, an extractive summary and a reading time. The
/// same stories and window always give the same digest (and the same id); a window without stories gives none.
/// A grouped digest lists its sections in the order of their best-ranked story, each section's stories by rank.
/// The optional sites name each source's own site (by source id), when its feed gave one.
/// </summary>
public static class DigestBuilder
{
    public const int SummarySentences = 2;

    public static Digest? Build(CuratedFeedDefinition feed, IReadOnlyList<StoryEntry> stories, IReadOnlyDictionary<string, SourceDefinition> sources, DateTimeOffset start, DateTimeOffset end, IReadOnlyDictionary<string, string>? sites = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(sources);
        var grouping = feed.Digest?.GroupBy ?? DigestGrouping.None;
        var ranked = stories
            .Where(s => s.Reports.Any(r => r.SortTime >= start && r.SortTime < end))
            .Select(s => Story(s, sources, sites ?? NoSites) with { Section = SectionOf(s, grouping, sources) })
            .OrderByDescending(s => s.Sources.Count)
            .ThenByDescending(s => s.Time)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        var inWindow = grouping == DigestGrouping.None
            ? ranked
            : [.. ranked.GroupBy(s => s.Section, StringComparer.Ordinal).SelectMany(section => section)];
        if (inWindow.Count == 0)
        {
            return null;
        }

        var id = PublishedFeedFactory.StableId("digest:" + feed.Id, Rfc3339.Format(start) + "/" + Rfc3339.Format(end));
        return new Digest(feed.Id, feed.Title, id, start, end, inWindow);
    }

    /// <summary>
    /// The lead report's source, or the category most of the story's reports carry (compared without case; ties go
    /// to the lead's first category), or "Other" when no report has one.
    /// </summary>
    private static string? SectionOf(StoryEntry story, DigestGrouping grouping, IReadOnlyDictionary<string, SourceDefinition> sources) => grouping switch
    {
        DigestGrouping.Source => sources.GetValueOrDefault(story.Lead.SourceId)?.Title ?? story.Lead.SourceId,
        DigestGrouping.Tag => story.Reports
            .SelectMany(r => r.Categories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => LeadRank(story.Lead, g.Key))
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .FirstOrDefault() ?? OtherSection,
        _ => null,
    };

    public const string OtherSection = "Other";

    private static int LeadRank(Entry lead, string category)
    {
        var index = lead.Categories.ToList().FindIndex(c => string.Equals(c.Trim(), category, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    private static readonly Dictionary<string, string> NoSites = [];

    private static DigestStory Story(StoryEntry story, IReadOnlyDictionary<string, SourceDefinition> sources, IReadOnlyDictionary<string, string> sites)
    {
        var lead = story.Lead;
        var text = lead.PlainText();
        var reporters = story.Reports
            .Select(r => new DigestSource(sources.GetValueOrDefault(r.SourceId)?.Title ?? r.SourceId, r.Link, r.FirstSeen) { Site = sites.GetValueOrDefault(r.SourceId) })
            .DistinctBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        var sentences = ExtractiveSummary.Sentences(text);
        return new DigestStory(
            lead.Title ?? (sentences.Count > 0 ? sentences[0] : "(untitled)"),
            lead.Link,
            reporters,
            ExtractiveSummary.Summarize(text, SummarySentences),
            TextMeasures.ReadingMinutes(text),
            story.Time)
        {
            Image = story.Reports.Select(r => r.Image).FirstOrDefault(i => i is not null),
            Language = lead.Language,
        };
    }
}
