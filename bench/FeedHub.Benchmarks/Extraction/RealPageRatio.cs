using System.Globalization;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// `-- real-ratio [FOLDER]`: SmartReader and FeedHub in one warm process over the real snippet pages of
/// ../shared/extraction-dev (decoded once, as `feedhub extract --batch` decodes them), alternating round by round
/// with a full collection before each timed pass, eight rounds, the first two not counted. The steady state a
/// long-running service pays, against the start-up-heavy CPU of one batch process that bench/extraction-dev.sh reports.
/// </summary>
public static class RealPageRatio
{
    public static void Run(string? folder)
    {
        folder ??= Path.Combine("..", "shared", "extraction-dev", "snippets", "html");
        var pages = Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal).Select(f => PageDecoder.Decode(File.ReadAllBytes(f), null)).ToList();
        var url = new Uri("https://example.org/");
        var extractor = new ArticleExtractor();
        var (smart, feedhub, ratios) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < 8; round++)
        {
            GC.Collect();
            var s = QuickRatio.Time(() => pages.Sum(p => SmartReader.Reader.ParseArticle(url.AbsoluteUri, p, null).TextContent?.Length ?? 0));
            GC.Collect();
            var f = QuickRatio.Time(() => pages.Sum(p => extractor.Extract(p, url).Text.Length));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: SmartReader {s:F0} ms, FeedHub {f:F0} ms for {pages.Count} pages"));
            if (round >= 2)
            {
                smart.Add(s);
                feedhub.Add(f);
                ratios.Add(f / s);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"medians: SmartReader {QuickRatio.Median(smart) / pages.Count:F2} ms per page, FeedHub {QuickRatio.Median(feedhub) / pages.Count:F2} ms per page; FeedHub/SmartReader {QuickRatio.Median(ratios):F2}"));
    }
}
