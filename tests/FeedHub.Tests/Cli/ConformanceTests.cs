using System.Diagnostics;
using System.Text.Json;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>
/// Scores `feedhub parse --batch` on the shared feed-parser conformance corpus (../shared/conformance) and fails
/// below the bar issue 3 set: 0.97 of applicable tests overall and 0.90 in every category.
/// </summary>
public sealed class ConformanceTests
{
    private const double OverallBar = 0.97;
    private const double CategoryBar = 0.90;

    [SharedToolFact("conformance/run.sh")]
    public async Task Feedhub_parse_meets_the_conformance_bar()
    {
        var report = Path.Combine(Path.GetTempPath(), $"feedhub-conformance-{Guid.NewGuid():N}.json");
        var feedhub = Path.Combine(AppContext.BaseDirectory, "feedhub.dll");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { SharedTools.Path("conformance/run.sh")!, "--batch", $"dotnet \"{feedhub}\" parse --batch {{list}}", "--json-out", report })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
        Assert.True(File.Exists(report), $"no report; exit {process.ExitCode}\n{await output}\n{await errors}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        File.Delete(report);
        var total = json.RootElement.GetProperty("total");
        Assert.True(Count(total, "pass") + Count(total, "fail") >= 700, "the corpus should have about 743 applicable tests");
        Assert.True(json.RootElement.GetProperty("rate").GetDouble() >= OverallBar, $"overall rate below {OverallBar}:\n{await output}");
        var weak = json.RootElement.GetProperty("categories").EnumerateObject()
            .Select(c => (c.Name, Pass: Count(c.Value, "pass"), Fail: Count(c.Value, "fail")))
            .Where(c => c.Pass + c.Fail > 0 && (double)c.Pass / (c.Pass + c.Fail) < CategoryBar)
            .ToList();
        Assert.True(weak.Count == 0, "categories below " + CategoryBar + ": " + string.Join(", ", weak));
    }

    private static int Count(JsonElement counts, string name) => counts.TryGetProperty(name, out var n) ? n.GetInt32() : 0;
}
