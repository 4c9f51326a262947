using System.Buffers;
using System.Globalization;
using System.Text;
using FeedHub.Benchmarks.Extraction;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// `-- floor`: what the least a parser must do with the benchmark corpus costs on this machine, as medians of 30
/// rounds: validating its UTF-8, making .NET strings of its text, and finding every '&lt;' and '&amp;'. Set beside
/// SyndicationFeed's time, it shows how much of a speed target is left for parsing proper (docs/benchmarks.md).
/// </summary>
public static class Floor
{
    private static readonly SearchValues<byte> Controls =
        SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    public static void Run()
    {
        var corpus = FeedCorpus.Create(feeds: 60);
        var tests = new (string Name, Func<int> Work)[]
        {
            ("SyndicationFeed, for scale (a quarter of it is the 4x budget)", () => corpus.Sum(f => FeedParsingBenchmarks.Read(f).Items.Count())),
            ("validating UTF-8", () => corpus.Count(f => System.Text.Unicode.Utf8.IsValid(f))),
            ("searching for the control characters XML forbids", () => corpus.Count(f => f.AsSpan().IndexOfAny(Controls) < 0)),
            ("UTF-16 strings of the text in 3 KB pieces", () => corpus.Sum(f => Slices(f, 3000))),
            ("finding every '<'", () => corpus.Sum(f => Count(f, "<"u8))),
            ("finding every '<' and '&'", () => corpus.Sum(f => Count(f, "<&"u8))),
        };
        for (var round = 0; round < 5; round++)
        {
            foreach (var (name, work) in tests)
            {
                var times = Enumerable.Range(0, 30).Select(_ => QuickRatio.Time(work)).ToList();
                if (round == 4)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {QuickRatio.Median(times):F2} ms"));
                }
            }
        }
    }

    private static int Slices(byte[] feed, int size)
    {
        var characters = 0;
        for (var i = 0; i + size <= feed.Length; i += size)
        {
            characters += Encoding.UTF8.GetString(feed, i, size).Length;
        }

        return characters;
    }

    private static int Count(byte[] feed, ReadOnlySpan<byte> values)
    {
        var count = 0;
        var rest = feed.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(values)) >= 0)
        {
            count++;
            rest = rest[(at + 1)..];
        }

        return count;
    }
}
