using System.Diagnostics;
using System.Globalization;
using FeedHub.Core.Extraction;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// A quick A/B check while working (`-- ratio`): SmartReader and FeedHub over the 30 fixture pages, alternating
/// round by round with a full collection before each timed pass (so neither pays for the other's garbage, and a
/// slow spell of this VM hits both), then the medians and the median of the per-round ratios. Reported figures
/// come from the BenchmarkDotNet run instead.
/// </summary>
public static class QuickRatio
{
    public static void Run(int rounds = 80)
    {
        var pages = ExtractionFixture.Load();
        var extractor = new ArticleExtractor();
        var (smart, feedhub, ratios) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var s = Time(() => pages.Sum(p => ExtractionQuality.SmartReaderText(p).Length));
            GC.Collect();
            var f = Time(() => pages.Sum(p => extractor.Extract(p.Html, p.Url).Text.Length));
            if (round >= rounds / 4)
            {
                smart.Add(s);
                feedhub.Add(f);
                ratios.Add(s / f);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fastest rounds: SmartReader {smart.Min():F1} ms, FeedHub {feedhub.Min():F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SmartReader {Median(smart):F1} ms, FeedHub {Median(feedhub):F1} ms per 30 pages (medians); median ratio {Median(ratios):F2}x"));
    }

    private static double Time(Func<int> work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
