using BenchmarkDotNet.Running;
using FeedHub.Benchmarks.Extraction;

// Quality (not speed): dotnet run -c Release --project bench/FeedHub.Benchmarks -- quality [fixture-folder];
// on the real pages of ../shared/extraction-dev, with CPU per page against SmartReader: `-- quality real`, which
// runs bench/extraction-dev.sh (the sets' own scorers over `feedhub extract --batch`, the figures CI's floors hold)
// (smartreader-batch LIST is SmartReader behind `feedhub extract --batch`'s contract, for that script).
// Warm CPU per real page against SmartReader, in one process: -- real-ratio [FOLDER]
// Hostile pages (time and peak memory of each, in its own process): -- hostile
// Speed: dotnet run -c Release --project bench/FeedHub.Benchmarks -- --filter '*'
// (one suite: --filter '*Parsing*' or '*Extraction*'); results and the machine are in docs/benchmarks.md.
// Parsing tools: parse-ratio (interleaved, quick), parse-loop (for a profiler), floor (what reading the corpus's
// bytes into strings costs at least), write-corpus FOLDER (the corpus as files, to diff `feedhub parse` output),
// poll-cost (a poll's CPU when every item is new against when every item was stored from the same bytes),
// legacy-ratio (the corpus in windows-1252), syndication-batch LIST (SyndicationFeed behind `feedhub parse --batch`'s
// contract, for bench/parse-batch.sh, the end-to-end row).
// Polling at scale (the real service against loopback feeds on 50 addresses): -- poll-cycle [SOURCES]
if (args is ["poll-cycle", ..])
{
    await FeedHub.Benchmarks.Polling.PollCycle.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args is ["extract-loop"])
{
    var fixtures = ExtractionFixture.Load();
    var extractor = new FeedHub.Core.Extraction.ArticleExtractor();
    for (var i = 0; i < 300; i++)
    {
        foreach (var f in fixtures)
        {
            extractor.Extract(f.Html, f.Url);
        }
    }

    return;
}

if (args is ["parse-loop"])
{
    var corpus = FeedHub.Benchmarks.Parsing.FeedCorpus.Create(60);
    var parser = new FeedHub.Core.Parsing.FeedParser();
    for (var i = 0; i < 150; i++)
    {
        foreach (var f in corpus)
        {
            parser.Scan(f);
        }
    }

    return;
}

if (args is ["write-corpus", var folder])
{
    // The benchmark corpus as files, to compare `feedhub parse --batch` output before and after a change.
    Directory.CreateDirectory(folder);
    var feeds = FeedHub.Benchmarks.Parsing.FeedCorpus.Create(60);
    for (var i = 0; i < feeds.Count; i++)
    {
        File.WriteAllBytes(Path.Combine(folder, $"feed{i:00}.xml"), feeds[i]);
    }

    return;
}

if (args is ["floor"])
{
    FeedHub.Benchmarks.Parsing.Floor.Run();
    return;
}

if (args is ["legacy-ratio"])
{
    FeedHub.Benchmarks.Parsing.LegacyRatio.Run();
    return;
}

if (args is ["poll-cost"])
{
    FeedHub.Benchmarks.Parsing.PollCost.Run();
    return;
}

if (args is ["parse-ratio"])
{
    FeedHub.Benchmarks.Parsing.ParseRatio.Run();
    return;
}

if (args is ["warmup"])
{
    WarmupCurve.Run();
    return;
}

if (args is ["sanitize-cost"])
{
    SanitizeCost.Run();
    return;
}

if (args is ["sanitize-compare", ..])
{
    SanitizeCompare.Run(args.Length > 1 ? args[1] : null);
    return;
}

if (args is ["ratio"])
{
    QuickRatio.Run();
    return;
}

if (args is ["profile"])
{
    StageProfile.Run();
    return;
}

if (args is ["syndication-batch", var feedList])
{
    FeedHub.Benchmarks.Parsing.SyndicationBatch.Run(feedList);
    return;
}

if (args is ["smartreader-batch", var list])
{
    SmartReaderBatch.Run(list);
    return;
}

if (args is ["real-ratio", ..])
{
    RealPageRatio.Run(args.Length > 1 ? args[1] : null);
    return;
}

if (args is ["hostile"])
{
    HostilePages.RunAll();
    return;
}

if (args is ["hostile", var hostilePage])
{
    HostilePages.Run(hostilePage);
    return;
}

if (args is ["quality", "real", ..])
{
    using var script = System.Diagnostics.Process.Start("bash", ["bench/extraction-dev.sh", .. args[2..]]);
    script.WaitForExit();
    Environment.Exit(script.ExitCode);
}

if (args is ["quality", ..])
{
    ExtractionQuality.Run(args.Length > 1 ? args[1] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
