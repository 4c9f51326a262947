using System.ServiceModel.Syndication;
using System.Xml;
using BenchmarkDotNet.Attributes;
using FeedHub.Core.Parsing;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// Parses the same in-memory corpus (<see cref="FeedCorpus"/>, 60 feeds) with FeedHub's parser and with
/// SyndicationFeed used straight (Rss20FeedFormatter / Atom10FeedFormatter over XmlReader, defaults otherwise).
/// MB/s and allocated bytes per MB of input are reported beside the usual columns.
/// The job is longer than the default for the reason given on ExtractionBenchmarks: this VM's speed moves by a
/// third between spells of a few seconds, and a short job compares whichever spells the benchmarks land in.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[WarmupCount(20)]
[IterationCount(40)]
[InvocationCount(8)]
public class FeedParsingBenchmarks
{
    private IReadOnlyList<byte[]> corpus = [];
    private readonly FeedParser parser = new();

    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = FeedCorpus.Create(feeds: 60);
        CorpusBytes = corpus.Sum(f => (long)f.Length);
    }

    [Benchmark(Baseline = true, Description = "SyndicationFeed")]
    public int SyndicationFeedStraight()
    {
        var items = 0;
        foreach (var bytes in corpus)
        {
            items += Read(bytes).Items.Count();
        }

        return items;
    }

    /// <summary>SyndicationFeed as it comes: an XmlReader with default settings and the formatter for the root element.</summary>
    internal static SyndicationFeed Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream);
        reader.MoveToContent();
        SyndicationFeedFormatter formatter = reader.LocalName == "rss" ? new Rss20FeedFormatter() : new Atom10FeedFormatter();
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    /// <summary>SyndicationFeed, then reading the fields FeedHub extracts (content:encoded through the extension API).</summary>
    [Benchmark(Description = "SyndicationFeed + fields")]
    public int SyndicationFeedWithFields()
    {
        var characters = 0;
        foreach (var bytes in corpus)
        {
            foreach (var item in Read(bytes).Items)
            {
                var content = item.Content is TextSyndicationContent text ? text.Text
                    : item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault();
                characters += (item.Title?.Text.Length ?? 0) + (item.Summary?.Text.Length ?? 0) + (content?.Length ?? 0)
                    + item.Links.Count + item.Authors.Count + item.Categories.Count + (item.PublishDate.Year > 0 ? 1 : 0);
            }
        }

        return characters;
    }

    [Benchmark(Description = "FeedHub FeedParser")]
    public int FeedHubParser()
    {
        var items = 0;
        foreach (var bytes in corpus)
        {
            items += parser.Scan(bytes).ItemsRead;
        }

        return items;
    }

    /// <summary>
    /// FeedHub's parser with every item materialized, then reading every item's summary and content: what a stage
    /// pays that needs every item's HTML (a first poll), where the scan alone leaves long text in the document.
    /// </summary>
    [Benchmark(Description = "FeedHub FeedParser + all HTML read")]
    public int FeedHubParserWithHtml()
    {
        var characters = 0;
        foreach (var bytes in corpus)
        {
            foreach (var item in parser.Parse(bytes).Items)
            {
                characters += (item.Summary?.Length ?? 0) + (item.Content?.Length ?? 0);
            }
        }

        return characters;
    }
}
