using System.Globalization;
using FeedHub.Core.Extraction;
using FeedHub.Core.Text;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// Scores FeedHub's extractor and SmartReader on the fixture pages: precision, recall and F1 of token 4-shingles
/// of the extracted plain text against the hand-made expected text, per page and averaged (macro).
/// Run: dotnet run -c Release --project bench/FeedHub.Benchmarks -- quality [fixture-folder]
/// </summary>
public static class ExtractionQuality
{
    public static void Run(string? folder)
    {
        var fixtures = ExtractionFixture.Load(folder);
        var extractor = new ArticleExtractor();
        var rows = fixtures.Select(f => (f.Name,
            FeedHub: Shingles.Overlap(f.ExpectedText, extractor.Extract(f.Html, f.Url).Text),
            SmartReader: Shingles.Overlap(f.ExpectedText, SmartReaderText(f)))).ToList();

        Console.WriteLine("| page | FeedHub P | R | F1 | SmartReader P | R | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, feedhub, smart) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {feedhub.Precision:F3} | {feedhub.Recall:F3} | {feedhub.F1:F3} | {smart.Precision:F3} | {smart.Recall:F3} | {smart.F1:F3} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **mean of {rows.Count}** | {rows.Average(r => r.FeedHub.Precision):F3} | {rows.Average(r => r.FeedHub.Recall):F3} | **{rows.Average(r => r.FeedHub.F1):F3}** | {rows.Average(r => r.SmartReader.Precision):F3} | {rows.Average(r => r.SmartReader.Recall):F3} | **{rows.Average(r => r.SmartReader.F1):F3}** |"));
    }

    public static string SmartReaderText(ExtractionFixture fixture)
    {
        var article = SmartReader.Reader.ParseArticle(fixture.Url.AbsoluteUri, fixture.Html, null);
        return article.TextContent ?? string.Empty; // scored even when SmartReader flags the page as not readable
    }
}
