using System.Collections.Concurrent;
using FeedHub.Core.Telemetry;

namespace FeedHub.Endpoints;

/// <summary>
/// Rendered documents by path, each valid while the version of its input is unchanged (the store bumps it, see
/// <see cref="Core.Store.ContentVersions"/>): a request for an unchanged document, conditional or not, is answered
/// without touching the store or rendering again. Bounded in bytes: past the budget the documents used longest ago
/// are dropped first. Only documents whose links come from the configured public address are kept
/// (<see cref="PublicBase.Trusted"/>). ASP.NET Core's OutputCache middleware is not used: it expires by time and
/// tags, not by a version the request can check first, and it would compress on every hit. Its counts are read by
/// /healthz and, at each scrape, by the metrics (<see cref="Counts"/>).
/// </summary>
internal sealed class OutputCache(long maxBytes)
{
    private readonly ConcurrentDictionary<string, CachedDocument> documents = new(StringComparer.Ordinal);
    private long bytes;
    private long clock;
    private long hits;
    private long misses;

    public long Bytes => Interlocked.Read(ref bytes);

    public int Count => documents.Count;

    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Published documents answered by their endpoint because no current copy was kept (every one, when the cache is off for want of a public address).</summary>
    public long Misses => Interlocked.Read(ref misses);

    public CacheCounts Counts() => new(Hits, Misses, Count, Bytes);

    public void CountMiss() => Interlocked.Increment(ref misses);

    /// <summary>The document kept for <paramref name="path"/> when its input has not changed since it was rendered.</summary>
    public CachedDocument? FindCurrent(string path)
    {
        if (documents.TryGetValue(path, out var held) && held.Version == held.CurrentVersion())
        {
            held.LastUsed = Interlocked.Increment(ref clock);
            Interlocked.Increment(ref hits);
            return held;
        }

        return null;
    }

    public void Keep(string path, CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Size > maxBytes / 4)
        {
            return; // one document must not push out the rest
        }

        document.LastUsed = Interlocked.Increment(ref clock);
        documents.AddOrUpdate(path, _ =>
        {
            Interlocked.Add(ref bytes, document.Size);
            return document;
        }, (_, old) =>
        {
            Interlocked.Add(ref bytes, document.Size - old.Size);
            return document;
        });
        if (Bytes > maxBytes)
        {
            Trim();
        }
    }

    /// <summary>Drops the documents used longest ago until the cache is within 90 % of its budget.</summary>
    private void Trim()
    {
        foreach (var (path, held) in documents.OrderBy(d => d.Value.LastUsed).ToList())
        {
            if (Bytes <= maxBytes * 9 / 10)
            {
                return;
            }

            if (documents.TryRemove(new KeyValuePair<string, CachedDocument>(path, held)))
            {
                Interlocked.Add(ref bytes, -held.Size);
            }
        }
    }
}
