using System.Security.Cryptography;
using System.Text;
using FeedHub.Core.Model;

namespace FeedHub.Core.Parsing;

/// <summary>
/// The first phase of a parse (<see cref="FeedParser.Scan"/>): the feed's own fields, and its items each with a key
/// and a fingerprint but with their HTML not yet decoded. A poll compares the keys and fingerprints with what it
/// stored and materializes only the items that may have changed; most items of a poll were stored before.
/// </summary>
public sealed class ScannedFeed
{
    internal ScannedFeed(ParsedDocument document)
    {
        Feed = document.Feed;
        ItemsRead = document.Items.Count;
        Items = [.. document.Items.Select(item => new ScannedItem(item)).DistinctBy(i => i.Key)];
    }

    /// <summary>The feed's fields (title, link, language...); its items are read through <see cref="Items"/> (<see cref="ParsedFeed.Items"/> is empty).</summary>
    public ParsedFeed Feed { get; }

    /// <summary>How many items the document holds, those repeating a key included.</summary>
    public int ItemsRead { get; }

    /// <summary>The items, one per key (a later item with the key of an earlier one is dropped, as a store keeps one).</summary>
    public IReadOnlyList<ScannedItem> Items { get; }
}

/// <summary>One item of a <see cref="ScannedFeed"/>: its key and fingerprint are known, its fields made on <see cref="Materialize"/>.</summary>
public sealed class ScannedItem
{
    private readonly ParsedItem item;
    private string? fingerprint;
    private FeedItem? materialized;

    internal ScannedItem(ParsedItem item)
    {
        this.item = item;
        Key = item.Fields.Id ?? item.Fields.Link ?? KeyOf(Materialize());
    }

    /// <summary>The item's key within its source: its id, else its link, else a hash of what it says.</summary>
    public string Key { get; }

    /// <summary>A digest of the bytes the item was read from (see <see cref="ItemFingerprint"/>), taken without decoding its HTML.</summary>
    public string Fingerprint => fingerprint ??= ItemFingerprint.Of(item);

    /// <summary>The item with every field made: its summary and content decoded and normalized.</summary>
    public FeedItem Materialize() => materialized ??= item.Materialize();

    /// <summary>Whether the item's summary and content are still undecoded (tests check that scanning leaves them so).</summary>
    internal bool IsDeferred => materialized is null && item.Summary?.IsMade != true && item.Content?.IsMade != true;

    /// <summary>The key of an item: its id, else its link, else a hash of its title, summary and content.</summary>
    public static string KeyOf(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Id ?? item.Link ?? "sha256:" + Hash(item.Title, item.Summary, item.Content);
    }

    /// <summary>The first 16 bytes of the SHA-256 of the parts joined by U+001F, in lower-case hex.</summary>
    internal static string Hash(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)).AsSpan(0, 16));
    }
}
