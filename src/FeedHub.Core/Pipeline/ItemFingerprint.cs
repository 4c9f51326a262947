using System.Security.Cryptography;
using System.Text;
using FeedHub.Core.Model;

namespace FeedHub.Core.Pipeline;

/// <summary>
/// A digest of what an item's content hash (<see cref="EntryMapper"/>) is made from, taken without decoding its
/// HTML: summary and content the parser left in the document are digested as their bytes, with the base their URLs
/// resolve against. Most items of a poll were stored by an earlier one, so a poll that finds an item's fingerprint
/// stored skips decoding, normalizing and hashing it. Equal fingerprints mean equal content hashes; the converse does
/// not hold (the same item read on the System.Xml path, which decodes at once, fingerprints differently), and then
/// the poll compares content hashes as before.
/// </summary>
internal static class ItemFingerprint
{
    /// <summary>
    /// This build of the parser: a new build may read the same bytes differently (a better normalizer), so its first
    /// poll of each item compares content hashes again rather than trusting an older build's fingerprint.
    /// </summary>
    private static readonly byte[] Build = typeof(ItemFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    public static string Of(FeedItem item)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Build);
        foreach (var part in (ReadOnlySpan<string?>)[item.Title, item.Link, item.Published?.ToString("O"), item.Updated?.ToString("O")])
        {
            Append(hash, part);
        }

        Append(hash, item.DeferredSummary);
        Append(hash, item.DeferredContent);
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    private static void Append(IncrementalHash hash, string? part)
    {
        hash.AppendData(part is null ? "N"u8 : "S"u8);
        hash.AppendData(Encoding.UTF8.GetBytes(part ?? string.Empty));
        hash.AppendData("\u001f"u8);
    }

    private static void Append(IncrementalHash hash, DeferredText? text)
    {
        if (text is null)
        {
            hash.AppendData("N"u8);
        }
        else
        {
            text.AppendSource(hash);
        }

        hash.AppendData("\u001f"u8);
    }
}
