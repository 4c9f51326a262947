using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using FeedHub.Benchmarks.Extraction;

namespace FeedHub.Benchmarks.Parsing;

public static class Floor
{
    private static readonly SearchValues<byte> Forbidden = SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<byte> ForbiddenOrNonAscii = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not (9 or 10 or 13)).Select(b => (byte)b), .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    public static void Run()
    {
        var corpus = FeedCorpus.Create(feeds: 60);
        var tests = new (string Name, Func<int> Work)[]
        {
            ("Utf8.IsValid", () => corpus.Count(f => Utf8.IsValid(f))),
            ("IndexOfAny forbidden", () => corpus.Sum(f => f.AsSpan().IndexOfAny(Forbidden))),
            ("IndexOfAny forbidden or non-ASCII", () => corpus.Sum(f => f.AsSpan().IndexOfAny(ForbiddenOrNonAscii))),
            ("IndexOfAnyInRange 0-8", () => corpus.Sum(f => f.AsSpan().IndexOfAnyInRange((byte)0, (byte)8))),
            ("GetString whole", () => corpus.Sum(f => Encoding.UTF8.GetString(f).Length)),
            ("GetString 3KB slices", () => corpus.Sum(f => Slices(f, 3000))),
            ("GetString 300B slices", () => corpus.Sum(f => Slices(f, 300))),
            ("count <", () => corpus.Sum(f => Count(f, (byte)'<'))),
            ("count < or &", () => corpus.Sum(f => CountAny(f))),
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

    private static int Slices(byte[] f, int size)
    {
        var n = 0;
        for (var i = 0; i + size <= f.Length; i += size)
        {
            n += Encoding.UTF8.GetString(f, i, size).Length;
        }

        return n;
    }

    private static int Count(byte[] f, byte b)
    {
        var n = 0;
        var span = f.AsSpan();
        int i;
        while ((i = span.IndexOf(b)) >= 0)
        {
            n++;
            span = span[(i + 1)..];
        }

        return n;
    }

    private static int CountAny(byte[] f)
    {
        var n = 0;
        var span = f.AsSpan();
        int i;
        while ((i = span.IndexOfAny((byte)'<', (byte)'&')) >= 0)
        {
            n++;
            span = span[(i + 1)..];
        }

        return n;
    }
}
