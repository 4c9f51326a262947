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
    public static void Run(int rounds = 200)
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
            if (round >= rounds / 2)
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

    internal static double Time(Func<int> work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed.TotalMilliseconds;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>
/// `-- warmup`: FeedHub's time per round of the 30 fixture pages from a cold start, ten rounds to a line, to see when
/// tiered compilation has finished (the JIT recompiles hot methods with profile data after their first thousands of calls).
/// </summary>
public static class WarmupCurve
{
    public static void Run(int rounds = 300)
    {
        var pages = ExtractionFixture.Load();
        var extractor = new ArticleExtractor();
        var line = new List<string>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                extractor.Extract(page.Html, page.Url);
            }

            line.Add(watch.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
            if (line.Count == 10)
            {
                Console.WriteLine($"{round - 9,4}: {string.Join(' ', line)}");
                line.Clear();
            }
        }
    }
}

/// <summary>
/// `-- sanitize-cost`: extraction and HtmlSanitizer's string sanitizing of the extracted HTML, timed apart (150 rounds,
/// the median of the second half): what sanitizing cost when it parsed the article again after extraction.
/// </summary>
public static class SanitizeCost
{
    public static void Run(int rounds = 150)
    {
        var pages = ExtractionFixture.Load();
        var extractor = new ArticleExtractor();
        var sanitizer = new FeedHub.Core.Sanitizing.ContentSanitizer();
        var htmls = pages.Select(p => extractor.Extract(p.Html, p.Url).Html).ToList();
        var (extracting, sanitizing) = (new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            extracting.Add(QuickRatio.Time(() => pages.Sum(p => extractor.Extract(p.Html, p.Url).Text.Length)));
            sanitizing.Add(QuickRatio.Time(() => htmls.Sum(h => sanitizer.Sanitize(h).Length)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extract {QuickRatio.Median(extracting.Skip(rounds / 2)):F1} ms, sanitize {QuickRatio.Median(sanitizing.Skip(rounds / 2)):F1} ms per 30 pages"));
    }
}

/// <summary>
/// `-- sanitize-compare [folder]`: for each fixture page, the extracted HTML sanitized as a string and sanitized in a
/// tree (<see cref="FeedHub.Core.Sanitizing.ContentSanitizer.SanitizeInPlace"/>) must come out the same; prints any
/// page where they differ.
/// </summary>
public static class SanitizeCompare
{
    public static void Run(string? folder)
    {
        var sanitizer = new FeedHub.Core.Sanitizing.ContentSanitizer();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var extractor = new ArticleExtractor();
        var (same, differ) = (0, 0);
        foreach (var page in ExtractionFixture.Load(folder))
        {
            var html = extractor.Extract(page.Html, page.Url).Html;
            var viaString = sanitizer.Sanitize(html);
            var document = parser.ParseDocument(string.Empty);
            var container = (AngleSharp.Html.Dom.IHtmlElement)document.CreateElement("div");
            container.InnerHtml = html;
            sanitizer.SanitizeInPlace(document, container);
            var inPlace = container.InnerHtml.Trim();
            if (inPlace == viaString)
            {
                same++;
                continue;
            }

            differ++;
            Console.WriteLine($"{page.Name}: differs\n  string: {viaString[..Math.Min(300, viaString.Length)]}\n  tree:   {inPlace[..Math.Min(300, inPlace.Length)]}");
        }

        Console.WriteLine($"same {same}, differ {differ}");
    }
}
