using System.Security.Cryptography;
using System.Text;
using FeedHub.Core.Model;

namespace FeedHub.Core.Pipeline.Polling;

/// <summary>Turns a parsed item into a stored entry: its stable key within the source and a hash that changes when the item does.</summary>
internal static class EntryMapper
{
    /// <summary>The entry for an item; <paramref name="itemKey"/> is its <see cref="KeyOf"/> when the caller has it already.</summary>
    public static Entry Map(string sourceId, FeedItem item, string? feedLanguage, DateTimeOffset now, string? sourceFingerprint = null, string? itemKey = null) => new()
    {
        SourceId = sourceId,
        ItemKey = itemKey ?? KeyOf(item),
        SourceFingerprint = sourceFingerprint,
        Title = item.Title,
        Link = item.Link,
        Author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => n is not null),
        Published = item.Published,
        Updated = item.Updated,
        Summary = item.Summary,
        Content = item.Content,
        Categories = item.Categories,
        ContentHash = Hash(item.Title, item.Link, item.Summary, item.Content, item.Published?.ToString("O"), item.Updated?.ToString("O")),
        FirstSeen = now,
        LastChanged = now,
        Language = item.Language ?? feedLanguage,
    };

    /// <summary>The item's key within its source: its id, else its link, else a hash of what it says.</summary>
    public static string KeyOf(FeedItem item) =>
        item.Id ?? item.Link ?? "sha256:" + Hash(item.Title, item.Summary, item.Content);

    private static string Hash(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)).AsSpan(0, 16));
    }
}
