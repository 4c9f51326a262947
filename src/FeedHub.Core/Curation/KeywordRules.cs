using FeedHub.Core.Model;

namespace FeedHub.Core.Curation;

/// <summary>
/// The include/exclude keyword rules of a curated feed: an entry is kept when it matches at least one include
/// keyword (or there are none) and no exclude keyword. Matching is case-insensitive on title, summary, text and categories.
/// </summary>
public static class KeywordRules
{
    public static bool Keeps(CuratedFeedDefinition feed, Entry entry)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(entry);
        var haystack = string.Join('\n', entry.Title, entry.Summary, entry.ArticleText ?? entry.Content, string.Join(' ', entry.Categories));
        var included = feed.Include.Count == 0 || feed.Include.Any(k => haystack.Contains(k, StringComparison.OrdinalIgnoreCase));
        return included && !feed.Exclude.Any(k => haystack.Contains(k, StringComparison.OrdinalIgnoreCase));
    }
}
