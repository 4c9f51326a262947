using System.Text.Json;
using FeedHub.Core.Fetching;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// SmartReader behind the same batch contract as <c>feedhub extract --batch</c> (a file of "path TAB url" lines in,
/// one JSON line of text, title and byline out), so the development sets' scorers and a CPU clock can run both
/// peers the same way in one run: bench/extraction-dev.sh.
/// </summary>
public static class SmartReaderBatch
{
    public static void Run(string listFile)
    {
        foreach (var line in File.ReadLines(listFile).Where(l => l.Length > 0))
        {
            var parts = line.Split('\t', 2);
            var url = parts.Length > 1 ? parts[1].Trim() : new Uri(Path.GetFullPath(parts[0])).AbsoluteUri;
            var html = PageDecoder.Decode(File.ReadAllBytes(parts[0]), null);
            var article = SmartReader.Reader.ParseArticle(url, html, null);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["id"] = parts[0],
                ["text"] = article.TextContent ?? string.Empty,
                ["title"] = article.Title,
                ["byline"] = article.Byline,
            }));
        }
    }
}
