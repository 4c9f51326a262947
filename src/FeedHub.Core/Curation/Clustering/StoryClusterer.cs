namespace FeedHub.Core.Curation.Clustering;

/// <summary>
/// Groups reports of the same story. Republished copy is caught by MinHash (LSH buckets give the candidates);
/// genuine rewrites by the rare facts they share (an inverted index of facts gives the candidates), each fact
/// weighted by its rarity (IDF) so that a shared town name counts little and a shared "£44.5m" a lot. Similarity
/// fades with the time between the reports, so a follow-up a week later is a different story. Candidates always
/// come from the indexes, never from comparing every pair; items are added in any order and keep their cluster.
/// </summary>
public sealed class StoryClusterer(ClusteringOptions options)
{
    private readonly Dictionary<string, StoryItem> items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> clusterOf = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, ulong), List<string>> buckets = [];
    private readonly Dictionary<string, List<string>> factIndex = new(StringComparer.Ordinal);

    public int Count => items.Count;

    /// <summary>The cluster of an added item (the key of the first item of its story).</summary>
    public string ClusterOf(string key) => clusterOf[key];

    /// <summary>Adds an item and returns its cluster: the cluster of its most similar earlier report, or a new one.</summary>
    public string Add(StoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (clusterOf.TryGetValue(item.Key, out var known))
        {
            return known;
        }

        var best = Candidates(item)
            .Select(key => (Key: key, Score: Similarity(item, items[key])))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        var cluster = best.Key is null ? item.Key : clusterOf[best.Key];
        Index(item, cluster);
        return cluster;
    }

    /// <summary>Items that share an LSH bucket or at least two uncommon facts with this one.</summary>
    private HashSet<string> Candidates(StoryItem item)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var band in item.Sketch.BandKeys())
        {
            if (buckets.TryGetValue(band, out var keys))
            {
                found.UnionWith(keys);
            }
        }

        var common = Math.Max(3, (int)(items.Count * options.CommonFactShare));
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in item.Facts)
        {
            if (factIndex.TryGetValue(fact, out var keys) && keys.Count <= common)
            {
                foreach (var key in keys)
                {
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        found.UnionWith(shared.Where(s => s.Value >= 2).Select(s => s.Key));
        return found;
    }

    /// <summary>0 when the reports are too far apart or too different; otherwise the stronger of copy and fact similarity, faded by time.</summary>
    public double Similarity(StoryItem a, StoryItem b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var apart = (a.Published - b.Published).Duration();
        if (apart > options.Window)
        {
            return 0;
        }

        var fade = 1 - (0.5 * apart.TotalHours / options.Window.TotalHours);
        var copy = a.Sketch.Similarity(b.Sketch);
        if (copy >= options.CopyThreshold)
        {
            return copy * fade;
        }

        var facts = FactOverlap(a, b) * fade;
        return facts >= options.FactThreshold ? facts : 0;
    }

    /// <summary>The IDF weight of the shared facts over the smaller item's total weight (an overlap coefficient).</summary>
    private double FactOverlap(StoryItem a, StoryItem b)
    {
        double Weight(string fact) => Math.Log((items.Count + 2.0) / ((factIndex.TryGetValue(fact, out var keys) ? keys.Count : 0) + 1.0));
        var shared = a.Facts.Where(b.Facts.Contains).Sum(Weight);
        var smaller = Math.Min(a.Facts.Sum(Weight), b.Facts.Sum(Weight));
        return smaller <= 0 ? 0 : shared / smaller;
    }

    private void Index(StoryItem item, string cluster)
    {
        items[item.Key] = item;
        clusterOf[item.Key] = cluster;
        foreach (var band in item.Sketch.BandKeys())
        {
            (buckets.TryGetValue(band, out var keys) ? keys : buckets[band] = []).Add(item.Key);
        }

        foreach (var fact in item.Facts)
        {
            (factIndex.TryGetValue(fact, out var keys) ? keys : factIndex[fact] = []).Add(item.Key);
        }
    }
}
