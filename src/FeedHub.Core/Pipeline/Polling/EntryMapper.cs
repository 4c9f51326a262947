using FeedHub.Core.Parsing;
using FeedHub.Core.Model;

namespace FeedHub.Core.Pipeline.Polling;

/// <summary>Turns a parsed item into a stored entry: its stable key within the source and a hash that changes when the item does.</summary>
internal static class EntryMapper
{
    /// <summary>The entry for an item; <paramref name="itemKey"/> is its <see cref="ScannedItem.Key"/> when the caller has it already.</summary>
    public static Entry Map(string sourceId, FeedItem item, string? feedLanguage, DateTimeOffset now, string? sourceFingerprint = null, string? itemKey = null) => new()
    {
        SourceId = sourceId,
        ItemKey = itemKey ?? ScannedItem.KeyOf(item),
        SourceFingerprint = sourceFingerprint,
        Title = item.Title,
        Link = item.Link,
        Author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => n is not null),
        Published = item.Published,
        Updated = item.Updated,
        Summary = item.Summary,
        Content = item.Content,
        Categories = item.Categories,
        ContentHash = ScannedItem.Hash(item.Title, item.Link, item.Summary, item.Content, item.Published?.ToString("O"), item.Updated?.ToString("O")),
        FirstSeen = now,
        LastChanged = now,
        Language = item.Language ?? feedLanguage,
        Image = item.Image,
    };
}
