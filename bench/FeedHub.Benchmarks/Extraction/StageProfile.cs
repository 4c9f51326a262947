using System.Diagnostics;
using AngleSharp.Html.Parser;
using FeedHub.Core.Extraction;

namespace FeedHub.Benchmarks.Extraction;

public static class StageProfile
{
    private static readonly ArticleExtractor Extractor = new();

    public static void Run()
    {
        var pages = ExtractionFixture.Load();
        var t = new Dictionary<string, double>();
        void Time(string name, Action a) { var sw = Stopwatch.StartNew(); a(); t[name] = t.GetValueOrDefault(name) + sw.Elapsed.TotalMilliseconds; }
        for (var round = 0; round < 40; round++)
        {
            if (round == 20)
            {
                t.Clear();
            }

            foreach (var p in pages)
            {
                AngleSharp.Dom.IDocument doc = null!;
                Time("parse", () => doc = new HtmlParser().ParseDocument(p.Html));
                PageInventory inventory = null!;
                Time("inventory", () => inventory = PageInventory.Take(doc));
                PageMetadata meta = null!;
                Time("metadata", () => meta = MetadataReader.Read(doc, inventory, p.Url));
                var body = doc.Body!;
                Time("prepare", () => PagePreparer.Prepare(doc, body, inventory.Images));
                Dictionary<AngleSharp.Dom.IElement, double> scores = [];
                AngleSharp.Dom.IElement? top = null;
                Time("score", () => top = ContentScorer.FindTopCandidate(body, new TextStats(), out scores));
                AngleSharp.Dom.IElement content = null!;
                Time("assemble", () => content = ContentAssembler.Assemble(doc, top!, scores, new TextStats()));
                Time("clean", () => ArticleCleaner.Clean(content, meta, p.Url, new TextStats()));
                Time("render", () => TextRenderer.Render(content));
                Time("extract", () => Extractor.Extract(p.Html, p.Url));
                Time("smartreader", () => ExtractionQuality.SmartReaderText(p));
            }
        }

        foreach (var (k, v) in t)
        {
            Console.WriteLine($"{k,-10} {v / 20 / pages.Count:F2} ms/page");
        }
    }
}
