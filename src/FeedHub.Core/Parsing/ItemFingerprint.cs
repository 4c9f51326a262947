using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FeedHub.Core.Parsing;

/// <summary>
/// A digest of what an item's content hash (the poll's EntryMapper) is made from, taken without decoding its
/// HTML: summary and content the parser left in the document are digested as their bytes, with the base their URLs
/// resolve against. Most items of a poll were stored by an earlier one, so a poll that finds an item's fingerprint
/// stored skips decoding, normalizing and hashing it. Equal fingerprints mean equal content hashes; the converse does
/// not hold (the same item read on the System.Xml path, which decodes at once, fingerprints differently), and then
/// the poll compares content hashes as before. XxHash128 rather than SHA-256, which took longer than the parse: the
/// fingerprint guards against accident, not against the feed's own publisher, who decides its bytes anyway.
/// </summary>
internal static class ItemFingerprint
{
    /// <summary>
    /// This build of the parser: a new build may read the same bytes differently (a better normalizer), so its first
    /// poll of each item compares content hashes again rather than trusting an older build's fingerprint.
    /// </summary>
    private static readonly byte[] Build = typeof(ItemFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    public static string Of(ParsedItem parsed)
    {
        var item = parsed.Fields;
        var hash = new XxHash128();
        hash.Append(Build);
        foreach (var part in (ReadOnlySpan<string?>)[item.Title, item.Link, item.Published?.ToString("O"), item.Updated?.ToString("O")])
        {
            Append(hash, part);
        }

        Append(hash, parsed.Summary);
        Append(hash, parsed.Content);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Append(XxHash128 hash, string? part)
    {
        hash.Append(part is null ? "N"u8 : "S"u8);
        hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
        hash.Append("\u001f"u8);
    }

    private static void Append(XxHash128 hash, DeferredText? text)
    {
        if (text is null)
        {
            hash.Append("N"u8);
        }
        else
        {
            text.AppendSource(hash);
        }

        hash.Append("\u001f"u8);
    }
}
