using System.Globalization;
using FeedHub.Benchmarks.Extraction;
using FeedHub.Core.Parsing;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// `-- parse-ratio`: a quick, interleaved comparison of FeedHub's parser and SyndicationFeed on the benchmark corpus
/// (rounds alternate, so a slow spell of the VM hits both), plus FeedHub's loading step (the UTF-8 scanner and its
/// tree) alone. For finding where time goes between BenchmarkDotNet runs; the recorded figures come from those.
/// </summary>
public static class ParseRatio
{
    public static void Run(int rounds = 120)
    {
        var corpus = FeedCorpus.Create(feeds: 60);
        var parser = new FeedParser();
        var (syndication, feedhub, load, ratios) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var s = QuickRatio.Time(() => corpus.Sum(f => FeedParsingBenchmarks.Read(f).Items.Count()));
            var f = QuickRatio.Time(() => corpus.Sum(f => parser.Scan(f).ItemsRead));
            var l = QuickRatio.Time(() => corpus.Sum(Load));
            if (round >= rounds / 3)
            {
                syndication.Add(s);
                feedhub.Add(f);
                load.Add(l);
                ratios.Add(s / f);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = corpus.Sum(f => parser.Scan(f).ItemsRead);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FeedHub allocates {allocated / 1e6:F1} MB per pass over {corpus.Sum(f => f.Length) / 1e6:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"medians: SyndicationFeed {QuickRatio.Median(syndication):F1} ms, FeedHub {QuickRatio.Median(feedhub):F1} ms (loading alone {QuickRatio.Median(load):F1} ms); median ratio {QuickRatio.Median(ratios):F2}x"));
    }

    private static int Load(byte[] feed)
    {
        return XmlFeedLoader.Load(feed, feed, FeedParser.DefaultMaxCharacters).Root.Nodes.Count;
    }
}
