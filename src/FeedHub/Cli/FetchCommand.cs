using System.CommandLine;
using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;

namespace FeedHub.Cli;

/// <summary>feedhub fetch --once: polls every configured source once through the pipeline, prints a line per source, and exits.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Poll every source once and exit (the only mode for now)" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var command = new Command("fetch", "Poll the configured sources") { once, config };
        command.SetAction((result, token) => RunAsync(result.GetValue(once), result.Tokens.Select(t => t.Value).ToArray(), token));
        return command;
    }

    private static async Task<int> RunAsync(bool once, string[] args, CancellationToken cancellationToken)
    {
        if (!once)
        {
            return CliApp.Fail("fetch needs --once (the service polls on its schedule)");
        }

        try
        {
            using var host = await CliHost.StartAsync(args, cancellationToken).ConfigureAwait(false);
            var catalog = host.Services.GetRequiredService<FeedHubCatalog>();
            var refresher = host.Services.GetRequiredService<PollPipeline>();
            var failed = 0;
            foreach (var source in catalog.Sources)
            {
                var outcome = await refresher.PollAsync(source, cancellationToken).ConfigureAwait(false);
                failed += outcome.Status == PollStatus.Failed ? 1 : 0;
                await Console.Out.WriteLineAsync($"{source.Id}: {outcome.Status.ToString().ToLowerInvariant()}, {outcome.NewEntries} new, {outcome.UpdatedEntries} updated{(outcome.Error is null ? string.Empty : " (" + outcome.Error + ")")}").ConfigureAwait(false);
            }

            var pipeline = host.Services.GetRequiredService<ArticlePipeline>();
            await pipeline.RequeueChangedAsync(cancellationToken).ConfigureAwait(false);
            var articles = await pipeline.DrainAsync(id => catalog.SourcesById.GetValueOrDefault(id), cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"articles: {articles}").ConfigureAwait(false);
            return failed == 0 ? 0 : 1;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }
}
