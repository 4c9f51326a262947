using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>
/// Holds `feedhub extract --batch` to the floors issue 13 measured on the real pages of ../shared/extraction-dev,
/// each scored by the set's own scorer: the 467 snippet pages (F1 of hand-picked snippets; at most 2 empty pages)
/// and Mozilla Readability's 130 test pages (text agreement, title, byline; no empty page). Skipped, with the
/// reason, on a machine without the sets.
/// </summary>
public sealed partial class RealPageExtractionTests
{
    [SharedToolFact("extraction-dev/score_snippets.py")]
    public async Task Snippet_pages_keep_their_article_and_none_comes_out_empty()
    {
        var summary = await ScoreAsync("score_snippets.py", "--data", SharedTools.Path("extraction-dev/snippets")!);

        Assert.True(Number(summary, "pages") >= 460, summary);
        Assert.True(Number(summary, "snippet_F1") >= 0.885, summary); // 0.888 measured; trafilatura's gate is 0.92
        Assert.True(Number(summary, "empty") <= 2, summary);
        Assert.True(Number(summary, "failed") == 0, summary);
    }

    [SharedToolFact("extraction-dev/score_readability.py")]
    public async Task Readability_pages_agree_with_readability_in_text_title_and_byline()
    {
        var summary = await ScoreAsync("score_readability.py");

        Assert.True(Number(summary, "pages") >= 125, summary);
        Assert.True(Number(summary, "readability_F1") >= 0.95, summary);
        Assert.True(Number(summary, "title_match") >= 120, summary);
        Assert.True(Number(summary, "byline_match") >= 65, summary);
        Assert.True(Number(summary, "empty") == 0, summary);
    }

    private static async Task<string> ScoreAsync(string scorer, params string[] arguments)
    {
        var feedhub = Path.Combine(AppContext.BaseDirectory, "feedhub.dll");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(SharedTools.Path("extraction-dev/" + scorer)!);
        foreach (var argument in arguments.Concat(["--batch-cmd", $"dotnet \"{feedhub}\" extract --batch {{list}}"]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(process.ExitCode == 0 && lines.Length > 0, $"{scorer} exited {process.ExitCode}\n{await output}\n{await errors}");
        return lines[^1];
    }

    /// <summary>A figure of the scorer's summary line: "name=0.888" or "name=121/127" (the count matched).</summary>
    private static double Number(string summary, string name)
    {
        var match = SummaryField().Matches(summary).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"no {name} in: {summary}");
        return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<name>[A-Za-z_0-9]+)=(?<value>[0-9.]+)")]
    private static partial Regex SummaryField();
}
