using FeedHub.Core.Curation;
using FeedHub.Core.Extraction;
using FeedHub.Core.Model;
using FeedHub.Core.Publishing;

namespace FeedHub.Core.Digests;

/// <summary>
/// Builds the digest of a window from a feed's stories: the stories with a report in the window, ranked by how many
/// sources cover them and then by recency, each with its sources, an extractive summary and a reading time. The
/// same stories and window always give the same digest (and the same id); a window without stories gives none.
/// </summary>
public static class DigestBuilder
{
    public const int SummarySentences = 2;

    public static Digest? Build(CuratedFeedDefinition feed, IReadOnlyList<StoryEntry> stories, IReadOnlyDictionary<string, SourceDefinition> sources, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(sources);
        var inWindow = stories
            .Where(s => s.Reports.Any(r => r.SortTime >= start && r.SortTime < end))
            .Select(s => Story(s, sources))
            .OrderByDescending(s => s.Sources.Count)
            .ThenByDescending(s => s.Time)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        if (inWindow.Count == 0)
        {
            return null;
        }

        var id = PublishedFeedFactory.StableId("digest:" + feed.Id, Rfc3339.Format(start) + "/" + Rfc3339.Format(end));
        return new Digest(feed.Id, feed.Title, id, start, end, inWindow);
    }

    private static DigestStory Story(StoryEntry story, IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var lead = story.Lead;
        var text = lead.ArticleText ?? HtmlText.Strip(lead.Content ?? lead.Summary ?? string.Empty);
        var reporters = story.Reports
            .Select(r => new DigestSource(sources.GetValueOrDefault(r.SourceId)?.Title ?? r.SourceId, r.Link, r.FirstSeen))
            .DistinctBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        var sentences = ExtractiveSummary.Sentences(text);
        return new DigestStory(
            lead.Title ?? (sentences.Count > 0 ? sentences[0] : "(untitled)"),
            lead.Link,
            reporters,
            ExtractiveSummary.Summarize(text, SummarySentences),
            TextMeasures.ReadingMinutes(text),
            story.Time);
    }
}
