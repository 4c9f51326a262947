using System.Globalization;
using System.CommandLine;
using System.Text.Json.Nodes;
using FeedHub.Configuration;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;
using FeedHub.Core.Subscribing;

namespace FeedHub.Cli;

/// <summary>
/// feedhub sources add URL [--id ID] [--title T] [--tag T]… [--dry-run]: subscribe by a site's address or a feed's.
/// It finds the feed (<see cref="FeedDiscovery"/>), shows its title and newest items, and writes the source into the
/// configuration file, the rest of the file left as it was. A page that names several feeds gets its first (sites
/// list their main feed first, comments and categories after); the others are printed, to add by their own address.
/// A feed already configured is reported and nothing is written (exit 0, so scripts can run it again).
/// </summary>
internal static class SourceAddCommand
{
    private const int Preview = 5;

    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "The site's address (its page names its feeds) or a feed's address" };
        var id = new Option<string?>("--id") { Description = "The source's id (default: from the feed's title)" };
        var title = new Option<string?>("--title") { Description = "The source's name (default: the feed's title)" };
        var tags = new Option<string[]>("--tag") { Description = "A tag for curated feeds to select by; repeat for several", AllowMultipleArgumentsPerToken = false };
        var dryRun = new Option<bool>("--dry-run") { Description = "Find and preview the feed, print what would be added, change nothing" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var command = new Command("add", "Subscribe by a site's or a feed's address: find its feed, preview it, add it to the configuration") { url, id, title, tags, dryRun, config };
        command.SetAction((result, token) => AddAsync(
            new Request(result.GetValue(url)!, result.GetValue(id), result.GetValue(title), result.GetValue(tags) ?? [], result.GetValue(dryRun)),
            ConfigArgs(result.GetValue(config)),
            token));
        return command;
    }

    /// <summary>What the operator asked for.</summary>
    private sealed record Request(string Url, string? Id, string? Title, IReadOnlyList<string> Tags, bool DryRun);

    internal static string[] ConfigArgs(string? config) => config is null ? [] : ["--config", config];

    private static async Task<int> AddAsync(Request request, string[] args, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Url.Contains("://", StringComparison.Ordinal) ? request.Url : "https://" + request.Url, UriKind.Absolute, out var address)
            || address.Scheme is not ("http" or "https"))
        {
            return CliApp.Fail($"'{request.Url}' is not a web address (http:// or https://)");
        }

        try
        {
            using var host = CliHost.Build(args);
            var catalog = host.Services.GetRequiredService<FeedHubCatalog>();
            var discovery = new FeedDiscovery(host.Services.GetRequiredService<FeedFetcher>(), host.Services.GetRequiredService<FeedParser>());
            var found = await discovery.DiscoverAsync(address, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteAsync(Describe(found)).ConfigureAwait(false);
            if (found.Feeds.Count == 0)
            {
                return CliApp.Fail($"no feed found at {found.Address}");
            }

            var chosen = found.Feeds[0];
            if (catalog.Sources.FirstOrDefault(s => s.Location == chosen.Url || s.Location == address) is { } existing)
            {
                await Console.Out.WriteLineAsync($"{chosen.Url} is already configured as source '{existing.Id}'; nothing changed").ConfigureAwait(false);
                return 0;
            }

            var taken = catalog.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (request.Id is { } wanted && taken.Contains(wanted))
            {
                return CliApp.Fail($"a source with the id '{wanted}' is already configured; choose another with --id");
            }

            var source = Source(request, chosen, found, taken);
            var path = SourceConfigFile.PathOf(args);
            if (request.DryRun)
            {
                await Console.Out.WriteLineAsync($"would add to {path}:{Environment.NewLine}{source.ToJsonString(Indented)}").ConfigureAwait(false);
                return 0;
            }

            await SourceConfigFile.AddAsync(args, [source], cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"{path}: added source '{source["Id"]}'; the service polls it from its next start (or run `feedhub fetch --once`)").ConfigureAwait(false);
            return 0;
        }
        catch (FetchException e)
        {
            return CliApp.Fail($"cannot fetch {address}: {e.Message}");
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The source as it is written into the file: only what differs from the defaults.</summary>
    private static JsonObject Source(Request request, DiscoveredFeed chosen, Discovery found, HashSet<string> taken)
    {
        var title = request.Title ?? chosen.Feed.Title?.Trim() ?? found.PageTitle ?? chosen.Url.Host;
        var source = new JsonObject
        {
            ["Id"] = request.Id ?? SourceIds.For(title, chosen.Url, taken),
            ["Title"] = title,
            ["Url"] = chosen.Url.AbsoluteUri,
        };
        var site = found.WasFeed ? (Uri.TryCreate(chosen.Feed.Link, UriKind.Absolute, out var link) ? link : null) : found.Address;
        if (site is not null && site.Scheme is "http" or "https")
        {
            source["SiteUrl"] = site.AbsoluteUri;
        }

        if (request.Tags.Count > 0)
        {
            source["Tags"] = new JsonArray([.. request.Tags.Select(t => JsonValue.Create(t))]);
        }

        return source;
    }

    private static string Describe(Discovery found)
    {
        var text = new System.Text.StringBuilder();
        if (!found.WasFeed)
        {
            text.AppendLine(found.PageTitle is null ? $"{found.Address}" : $"{found.Address} is a web page (\"{found.PageTitle}\"); it names {Count(found.Feeds.Count)}:");
            for (var i = 0; i < found.Feeds.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {i + 1}. {found.Feeds[i].Url}  {Summary(found.Feeds[i].Feed)}{(i == 0 ? "  (this one is added)" : "")}");
            }

            foreach (var miss in found.Misses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  not a feed: {miss}");
            }
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{found.Address} is a feed: {Summary(found.Feeds[0].Feed)}");
        }

        if (found.Feeds.Count > 0)
        {
            var newest = found.Feeds[0].Feed.Items.OrderByDescending(i => i.Published ?? i.Updated ?? DateTimeOffset.MinValue).Take(Preview).ToList();
            text.AppendLine(newest.Count == 0 ? "It has no items yet." : "Newest items:");
            foreach (var item in newest)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(item.Published ?? item.Updated)?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(undated)",-10}  {item.Title ?? item.Link ?? "(untitled)"}");
            }
        }

        return text.ToString();
    }

    private static string Count(int feeds) => feeds switch { 0 => "no feed", 1 => "one feed", _ => $"{feeds} feeds" };

    private static string Summary(ParsedFeed feed) => $"\"{feed.Title ?? "(untitled)"}\" ({FormatName(feed.Format)}, {feed.Items.Count} items)";

    private static string FormatName(FeedFormat format) => format switch
    {
        FeedFormat.Rss20 => "RSS 2.0",
        FeedFormat.Rss10 => "RSS 1.0",
        FeedFormat.Rss09x => "RSS 0.9x",
        FeedFormat.Atom10 => "Atom 1.0",
        FeedFormat.Atom03 => "Atom 0.3",
        FeedFormat.Json10 => "JSON Feed 1.0",
        FeedFormat.Json11 => "JSON Feed 1.1",
        _ => format.ToString(),
    };
}
