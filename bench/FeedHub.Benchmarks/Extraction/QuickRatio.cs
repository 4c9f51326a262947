using System.Diagnostics;
using System.Globalization;
using FeedHub.Core.Extraction;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// A quick A/B check while working (`-- ratio`): SmartReader, then FeedHub, over the 30 fixture pages for a number
/// of rounds each (not alternating, so neither pays for the other's garbage), the median round of each and their
/// ratio. Reported figures come from the BenchmarkDotNet run instead.
/// </summary>
public static class QuickRatio
{
    public static void Run(int rounds = 60)
    {
        var pages = ExtractionFixture.Load();
        var extractor = new ArticleExtractor();
        var (smart, feedhub) = (new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            smart.Add(Time(() => pages.Sum(p => ExtractionQuality.SmartReaderText(p).Length)));
        }

        GC.Collect();
        for (var round = 0; round < rounds; round++)
        {
            feedhub.Add(Time(() => pages.Sum(p => extractor.Extract(p.Html, p.Url).Text.Length)));
        }

        var (s, f) = (Median(smart.Skip(rounds / 4)), Median(feedhub.Skip(rounds / 4)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fastest rounds: SmartReader {smart.Min():F1} ms, FeedHub {feedhub.Min():F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SmartReader {s:F1} ms, FeedHub {f:F1} ms per 30 pages (medians): {s / f:F2}x"));
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
