using BenchmarkDotNet.Attributes;
using FeedHub.Core.Curation.Clustering;

namespace FeedHub.Benchmarks.Curation;

/// <summary>
/// Clustering as the store grows: 100,000 generated entries are clustered once (GlobalSetup, timed separately and
/// printed), then each measured operation adds 1,000 new entries (a fresh slice each time, so the index grows by
/// 1,000 per iteration). Candidates come from the LSH and fact indexes; nothing compares every pair.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 8, invocationCount: 1)]
public class ClusteringBenchmarks
{
    private const int Stored = 100_000;
    private const int Added = 1_000;
    private StoryClusterer clusterer = null!;
    private List<StoryItem> pool = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var all = Enumerable.Range(0, Stored + (Added * 12)).Select(i => StoryGenerator.Item(random, i)).ToList();
        pool = all.Skip(Stored).ToList();
        clusterer = new StoryClusterer(new ClusteringOptions());
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var item in all.Take(Stored))
        {
            clusterer.Add(item);
        }

        Console.WriteLine($"// clustered {Stored:N0} entries in {watch.Elapsed.TotalSeconds:F1} s; index holds {(GC.GetTotalMemory(true) - before) / 1e6:F0} MB");
    }

    [Benchmark(Description = "Add 1,000 entries to 100,000")]
    public int AddThousand()
    {
        var clusters = 0;
        foreach (var item in pool.Skip(next).Take(Added))
        {
            clusters += clusterer.Add(item) == item.Key ? 1 : 0;
        }

        next += Added;
        return clusters;
    }
}
