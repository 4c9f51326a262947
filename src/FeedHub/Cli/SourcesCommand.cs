using System.CommandLine;
using FeedHub.Configuration;
using FeedHub.Core.Store;

namespace FeedHub.Cli;

/// <summary>
/// feedhub sources list [--json]: what each source is doing; sources add URL and sources import FILE: new sources
/// into the configuration file; sources export: the sources as OPML; sources revive ID: the operator's way back
/// for a source that answered 410 Gone.
/// </summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The source's Id in the configuration" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var revive = new Command("revive", "Poll a source marked gone (HTTP 410) again: the service takes it up at its next start") { id, config };
        revive.SetAction((result, token) => ReviveAsync(result.GetValue(id)!, result.Tokens.Select(t => t.Value).ToArray(), token));
        var json = new Option<bool>("--json") { Description = "Print the sources as a JSON array instead of a table" };
        var listConfig = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var list = new Command("list", "Each source's state, last error, last and next poll, items and full-text success") { json, listConfig };
        list.SetAction((result, token) => ListAsync(result.GetValue(json), result.Tokens.Select(t => t.Value).ToArray(), token));
        var exportConfig = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var export = new Command("export", "Print every source as OPML 2.0, each tag a folder (sources without tags at the top), for another reader") { exportConfig };
        export.SetAction((result, token) => ExportAsync(result.Tokens.Select(t => t.Value).ToArray(), token));
        return new Command("sources", "Work with the configured sources") { list, SourceAddCommand.Create(), SourceImportCommand.Create(), export, revive };
    }

    private static async Task<int> ListAsync(bool json, string[] args, CancellationToken cancellationToken)
    {
        try
        {
            using var host = await CliHost.StartAsync(args, cancellationToken).ConfigureAwait(false);
            var catalog = host.Services.GetRequiredService<FeedHubCatalog>();
            var store = host.Services.GetRequiredService<IFeedStore>();
            var states = (await store.GetSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
            var stats = (await store.GetSourceStatsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
            var rows = catalog.Sources.Select(s => SourceListRow.Of(s, states.GetValueOrDefault(s.Id), stats.GetValueOrDefault(s.Id))).ToList();
            await Console.Out.WriteLineAsync(json ? System.Text.Json.JsonSerializer.Serialize(rows, CliJsonContext.Default.ListSourceListRow) : SourceTable.Format(rows)).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task<int> ExportAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            using var host = await CliHost.StartAsync(args, cancellationToken).ConfigureAwait(false);
            var catalog = host.Services.GetRequiredService<FeedHubCatalog>();
            var states = (await host.Services.GetRequiredService<IFeedStore>().GetSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
            var opml = SourceOutlines.Of(catalog.Sources, id => states.GetValueOrDefault(id)?.SiteLink);
            await using var output = Console.OpenStandardOutput();
            await output.WriteAsync(Core.Publishing.Opml.OpmlWriter.Write("FeedHub sources", null, opml), cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task<int> ReviveAsync(string id, string[] args, CancellationToken cancellationToken)
    {
        try
        {
            using var host = await CliHost.StartAsync(args, cancellationToken).ConfigureAwait(false);
            var catalog = host.Services.GetRequiredService<FeedHubCatalog>();
            if (!catalog.SourcesById.TryGetValue(id, out var source))
            {
                return CliApp.Fail($"no source has the id '{id}'");
            }

            var store = host.Services.GetRequiredService<IFeedStore>();
            var state = await store.GetSourceStateAsync(id, cancellationToken).ConfigureAwait(false);
            if (state?.IsGone(source) != true)
            {
                await Console.Out.WriteLineAsync($"{id}: not gone; nothing to do").ConfigureAwait(false);
                return 0;
            }

            var revived = state with { GoneSince = null, GoneAt = null, NextDue = null, ConsecutiveFailures = 0, LastError = null };
            await store.SavePollAsync(PollWrite.StateOnly(revived), cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"{id}: revived; polled at the service's next start (or by `feedhub fetch --once`)").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }
}
