using System.Diagnostics;
using System.Globalization;
using FeedHub.Core.Extraction;

namespace FeedHub.Benchmarks.Extraction;

/// <summary>
/// `-- hostile`: the three hostile pages of issue 13 (100,000 nested divs, 1,000,000 tiny elements, a 25 MB page of
/// a million elements), each extracted once in a fresh process so that its peak working set is its own; prints the
/// wall time, the words kept and the process's peak memory. The tests hold the same pages to "a result, in bounded
/// time"; this gives the figures for docs/benchmarks.md.
/// </summary>
public static class HostilePages
{
    private static readonly string Lead = string.Concat(Enumerable.Repeat("The council approved the harbour budget on Tuesday, after a long debate. ", 6));

    public static readonly IReadOnlyDictionary<string, Func<string>> Pages = new Dictionary<string, Func<string>>
    {
        ["100k-nested-divs"] = () => "<html><body><article><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "<p>After the nesting.</p></article></body></html>",
        ["1m-tiny-elements"] = () => "<html><body><article><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<b>x</b>", 1_000_000)) + "</article></body></html>",
        ["25mb-of-1m-elements"] = () => "<html><body><p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("<div><span>a</span></div>", 1_000_000)) + "</body></html>",
    };

    /// <summary>Runs each page in a child process of this program (`-- hostile PAGE`).</summary>
    public static void RunAll()
    {
        foreach (var name in Pages.Keys)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(HostilePages).Assembly.Location); // run as `dotnet FeedHub.Benchmarks.dll`
            }

            start.ArgumentList.Add("hostile");
            start.ArgumentList.Add(name);
            using var child = Process.Start(start)!;
            Console.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
        }
    }

    public static void Run(string name)
    {
        var html = Pages[name]();
        var watch = Stopwatch.StartNew();
        var article = new ArticleExtractor().Extract(html, new Uri("https://example.org/"));
        watch.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {html.Length / 1e6:F1} M chars, {watch.Elapsed.TotalSeconds:F2} s, {article.WordCount} words, path {article.ExtractionPath}, peak working set {self.PeakWorkingSet64 / 1e6:F0} MB"));
    }
}
