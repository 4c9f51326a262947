using System.CommandLine;
using FeedHub.Configuration;
using FeedHub.Core.Subscribing;

namespace FeedHub.Cli;

/// <summary>
/// feedhub sources import FILE.opml [--dry-run]: adds every feed of another reader's OPML export to the
/// configuration, the folders around it as its tags (a feed listed in several folders is added once with each
/// folder's tag). Feeds already configured, repeated or without an http(s) address are skipped, each with its reason.
/// Nothing is fetched: the list is trusted as the reader exported it, as Miniflux and FreshRSS import.
/// </summary>
internal static class SourceImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The OPML file (OPML 1.0 or 2.0, as readers export it)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be added and skipped, change nothing" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var command = new Command("import", "Add the feeds of an OPML file to the configuration, its folders as tags") { file, dryRun, config };
        command.SetAction((result, token) => ImportAsync(result.GetValue(file)!, result.GetValue(dryRun), SourceAddCommand.ConfigArgs(result.GetValue(config)), token));
        return command;
    }

    private static async Task<int> ImportAsync(string file, bool dryRun, string[] args, CancellationToken cancellationToken)
    {
        IReadOnlyList<OpmlSubscription> listed;
        try
        {
            await using var stream = File.OpenRead(file);
            listed = OpmlReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OpmlFormatException)
        {
            return CliApp.Fail($"cannot read {file} as OPML: {e.Message}");
        }

        try
        {
            using var host = CliHost.Build(args);
            var plan = ImportPlan.Of(listed, host.Services.GetRequiredService<FeedHubCatalog>().Sources);
            var path = SourceConfigFile.PathOf(args);
            if (!dryRun && plan.Added.Count > 0)
            {
                await SourceConfigFile.AddAsync(args, [.. plan.Added.Select(a => a.Source)], cancellationToken).ConfigureAwait(false);
            }

            await Console.Out.WriteAsync(plan.Report(path, dryRun)).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }
}
