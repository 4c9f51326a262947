using System.Globalization;
using System.Text;
using FeedHub.Benchmarks.Extraction;
using FeedHub.Core.Parsing;
using FeedHub.Core.Text;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// `-- legacy-ratio`: the benchmark corpus re-encoded as windows-1252 (its declarations saying so), parsed by
/// SyndicationFeed and by FeedHub in interleaved rounds (medians). A feed in a legacy encoding is decoded, re-encoded
/// as UTF-8 and read by the fast scanner; before session 6 it took the System.Xml path.
/// </summary>
public static class LegacyRatio
{
    public static void Run(int rounds = 45)
    {
        CodePages.EnsureRegistered();
        var windows1252 = Encoding.GetEncoding(1252);
        var corpus = FeedCorpus.Create(feeds: 60)
            .Select(f => windows1252.GetBytes(Encoding.UTF8.GetString(f).Replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var parser = new FeedParser();
        var (syndication, feedhub) = (new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var s = QuickRatio.Time(() => corpus.Sum(f => FeedParsingBenchmarks.Read(f).Items.Count()));
            var f = QuickRatio.Time(() => corpus.Sum(f => parser.Scan(f).ItemsRead));
            if (round >= rounds / 3)
            {
                syndication.Add(s);
                feedhub.Add(f);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"windows-1252 corpus, medians: SyndicationFeed {QuickRatio.Median(syndication):F1} ms, FeedHub {QuickRatio.Median(feedhub):F1} ms ({QuickRatio.Median(syndication) / QuickRatio.Median(feedhub):F2}x)"));
    }
}
