using System.Globalization;
using FeedHub.Benchmarks.Extraction;
using FeedHub.Core.Parsing;
using FeedHub.Core.Pipeline.Polling;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// `-- poll-cost`: the CPU a poll spends on the benchmark corpus before storage, interleaved medians: parsing and
/// mapping every item to an entry with its content hash (what a poll did before fingerprints, and still does for new
/// or changed items), against parsing and fingerprinting every item (what a poll does when the items were stored
/// from the same bytes last time), with the scan alone for scale. The database round trip is the same for both and
/// left out.
/// </summary>
public static class PollCost
{
    public static void Run(int rounds = 60)
    {
        var corpus = FeedCorpus.Create(feeds: 60);
        var parser = new FeedParser();
        var now = DateTimeOffset.UnixEpoch;
        var (parsed, mapped, fingerprinted) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var m = QuickRatio.Time(() => corpus.Sum(f => parser.Scan(f).Items.Sum(i => EntryMapper.Map("s", i.Materialize(), null, now).ContentHash.Length)));
            var p = QuickRatio.Time(() => corpus.Sum(f => parser.Scan(f).Items.Sum(i => i.Fingerprint.Length)));
            var a = QuickRatio.Time(() => corpus.Sum(f => parser.Scan(f).ItemsRead));
            if (round >= rounds / 3)
            {
                parsed.Add(a);
                mapped.Add(m);
                fingerprinted.Add(p);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scan alone {QuickRatio.Median(parsed):F1} ms; every item mapped and hashed {QuickRatio.Median(mapped):F1} ms; every item fingerprinted {QuickRatio.Median(fingerprinted):F1} ms (medians, 7,500 items)"));
    }
}
