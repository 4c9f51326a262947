using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FeedHub.Configuration;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;

namespace FeedHub.Cli;

/// <summary>
/// feedhub digest FEED [--at TIME]: prints the feed's digest for the window due at TIME (default now) as JSON: the
/// one the service cut when its schedule fired, else one built from the stored entries. Building the same window
/// twice prints the same digest; a window without stories prints nothing and exits 3.
/// </summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var feed = new Argument<string>("feed") { Description = "The curated feed's id" };
        var at = new Option<string?>("--at") { Description = "The time to build for (ISO 8601); default now" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var command = new Command("digest", "Build a curated feed's digest on demand") { feed, at, config };
        command.SetAction((result, token) => RunAsync(result.GetValue(feed)!, result.GetValue(at), result.Tokens.Select(t => t.Value).ToArray(), token));
        return command;
    }

    private static async Task<int> RunAsync(string feedId, string? atText, string[] args, CancellationToken cancellationToken)
    {
        DateTimeOffset? at = null;
        if (atText is not null)
        {
            if (!DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return CliApp.Fail($"--at: '{atText}' is not a date and time (use ISO 8601, e.g. 2026-11-27T07:00:00Z)");
            }

            at = parsed;
        }

        try
        {
            using var host = await CliHost.StartAsync(args, cancellationToken).ConfigureAwait(false);
            var catalog = host.Services.GetRequiredService<FeedHubCatalog>();
            var feed = catalog.FindFeed(feedId);
            if (feed is null)
            {
                return CliApp.Fail($"no curated feed '{feedId}' (configured: {string.Join(", ", catalog.Feeds.Select(f => f.Id))})");
            }

            var when = at ?? host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var schedule = feed.Digest ?? new DigestSchedule("0 0 0 * * ?", TimeZoneInfo.Utc, TimeSpan.FromDays(1));
            if (schedule.WindowAt(when) is not { } window)
            {
                return CliApp.Fail($"no digest of '{feedId}' is due at {when:O}");
            }

            var digest = await host.Services.GetRequiredService<DigestPublisher>().FindAsync(feed with { Digest = schedule }, catalog.Sources, window.End, cancellationToken).ConfigureAwait(false);
            if (digest is null)
            {
                await Console.Error.WriteLineAsync($"no stories in {window.Start:O} .. {window.End:O}: no digest").ConfigureAwait(false);
                return 3;
            }

            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(digest, CliJsonContext.Default.Digest)).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }
}
