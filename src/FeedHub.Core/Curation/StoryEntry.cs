using FeedHub.Core.Model;

namespace FeedHub.Core.Curation;

/// <summary>One story of a curated feed: the report published for it (the best article) and every report of it, the lead first.</summary>
public sealed record StoryEntry(Entry Lead, IReadOnlyList<Entry> Reports)
{
    /// <summary>When the story last had news: its newest report.</summary>
    public DateTimeOffset Time => Reports.Max(r => r.SortTime);
}
