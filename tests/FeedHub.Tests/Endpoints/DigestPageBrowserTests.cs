using System.Diagnostics;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;

namespace FeedHub.Tests.Endpoints;

/// <summary>A chromium binary, when the machine has one (Debian's chromium package).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static string? Binary { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public ChromiumFactAttribute()
    {
        if (Binary is null)
        {
            Skip = "no chromium on this machine (apt install chromium)";
        }
    }
}

/// <summary>
/// The digest page rendered by a real browser (headless Chromium at a phone's size, in dark mode): its text is
/// checked through the browser's DOM and a screenshot is kept under TestResults/screenshots as an artifact.
/// </summary>
public sealed class DigestPageBrowserTests
{
    private static Digest Sample() => new("town", "Town", "urn:uuid:0", new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero),
    [
        new DigestStory("Council backs £44.5m Mossbridge contract", "https://a.example/1",
            [new DigestSource("Harbour Times", "https://a.example/1", DateTimeOffset.UnixEpoch), new DigestSource("City Notes", "https://b.example/1", DateTimeOffset.UnixEpoch)],
            ["Port Ellery council approved the contract on Tuesday.", "Work starts in April & should finish in 2028."], 3, DateTimeOffset.UnixEpoch),
        new DigestStory("Autumn fair draws crowds <again>", null, [new DigestSource("City Notes", null, DateTimeOffset.UnixEpoch)], ["Thousands visited the fair."], 1, DateTimeOffset.UnixEpoch),
    ]);

    private static async Task<(int Exit, string Output)> ChromiumAsync(params string[] args)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Binary!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-dark-mode", "--window-size=412,915" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output);
    }

    [ChromiumFact]
    public async Task The_digest_page_renders_in_a_phone_sized_browser()
    {
        var folder = Path.Combine(Support.SharedTools.RepositoryRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "digest.html");
        var screenshot = Path.Combine(folder, "digest-phone-dark.png");
        File.Delete(screenshot);
        var keys = DigestKeys.For(new DigestSchedule("0 0 7 * * ?", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeSpan.FromDays(1)));
        await File.WriteAllTextAsync(page, DigestHtml.Page(Sample(), keys, new DigestNavigation("/digests/town/", "/") { Previous = new DigestLink("/digests/town/2026-11-26", "26 November 2026") }));

        var (_, dom) = await ChromiumAsync("--dump-dom", new Uri(page).AbsoluteUri);
        await ChromiumAsync($"--screenshot={screenshot}", new Uri(page).AbsoluteUri);

        Assert.Contains("Town: digest of 27 November 2026", dom, StringComparison.Ordinal);
        Assert.Contains("Council backs £44.5m Mossbridge contract", dom, StringComparison.Ordinal);
        Assert.Contains("Autumn fair draws crowds &lt;again&gt;", dom, StringComparison.Ordinal);
        Assert.Contains("Work starts in April &amp; should finish in 2028.", dom, StringComparison.Ordinal);
        Assert.Contains("3 min read · reported by", dom, StringComparison.Ordinal);
        Assert.Contains("26 Nov 2026 07:00 – 27 Nov 2026 07:00 Europe/Berlin", dom, StringComparison.Ordinal);
        Assert.Contains("← 26 November 2026", dom, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 1000, "the screenshot was not written");
    }
}
