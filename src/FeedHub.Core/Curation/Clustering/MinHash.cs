namespace FeedHub.Core.Curation.Clustering;

/// <summary>
/// A MinHash sketch of a text's word 4-shingles: <see cref="Size"/> minimum hash values whose agreement rate
/// estimates the texts' Jaccard similarity, and LSH band keys (<see cref="Bands"/> bands of <see cref="Rows"/>
/// rows) under which near-duplicates (wire copy, press releases) collide without comparing every pair.
/// </summary>
public sealed class MinHash
{
    public const int Bands = 16;
    public const int Rows = 4;
    public const int Size = Bands * Rows;

    private static readonly ulong[] Seeds = [.. Enumerable.Range(0, Size).Select(i => (ulong)(0x9E3779B97F4A7C15UL * (ulong)(i + 1)))];

    private MinHash(ulong[] values) => Values = values;

    public ulong[] Values { get; }

    public static MinHash Of(string text)
    {
        var tokens = Text.Shingles.Tokens(text);
        var values = Enumerable.Repeat(ulong.MaxValue, Size).ToArray();
        for (var i = 0; i + 4 <= Math.Max(tokens.Count, 4) && tokens.Count > 0; i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(4));
            var hash = Fnv1a(shingle);
            for (var k = 0; k < Size; k++)
            {
                var h = (hash ^ Seeds[k]) * 0xBF58476D1CE4E5B9UL;
                h ^= h >> 31;
                values[k] = Math.Min(values[k], h);
            }
        }

        return new MinHash(values);
    }

    /// <summary>64-bit FNV-1a: a well-spread hash of a short string, enough for sketching (not for security).</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public double Similarity(MinHash other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            same += Values[k] == other.Values[k] && Values[k] != ulong.MaxValue ? 1 : 0;
        }

        return (double)same / Size;
    }

    /// <summary>One key per band: texts that agree on all rows of any band become candidates.</summary>
    public IEnumerable<(int Band, ulong Key)> BandKeys()
    {
        for (var b = 0; b < Bands; b++)
        {
            var key = 1469598103934665603UL;
            for (var r = 0; r < Rows; r++)
            {
                key = (key ^ Values[(b * Rows) + r]) * 1099511628211UL;
            }

            yield return (b, key);
        }
    }
}
