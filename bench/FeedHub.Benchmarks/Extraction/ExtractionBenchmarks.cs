using BenchmarkDotNet.Attributes;
using FeedHub.Core.Extraction;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// Extracts all fixture pages (tests/fixtures/extraction, 30 pages) per operation: SmartReader (the baseline) and
/// FeedHub's ArticleExtractor, the code behind `feedhub extract --batch`. Pages per second = 30 / mean.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<ExtractionFixture> pages = [];
    private readonly ArticleExtractor extractor = new();

    [GlobalSetup]
    public void Setup() => pages = ExtractionFixture.Load();

    [Benchmark(Baseline = true, Description = "SmartReader 0.11.1")]
    public int SmartReader() => pages.Sum(p => ExtractionQuality.SmartReaderText(p).Length);

    [Benchmark(Description = "AngleSharp parse only")]
    public int ParseOnly() => pages.Sum(p =>
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(p.Html);
        return document.All.Length;
    });

    [Benchmark(Description = "FeedHub ArticleExtractor")]
    public int FeedHub() => pages.Sum(p => extractor.Extract(p.Html, p.Url).Text.Length);
}
