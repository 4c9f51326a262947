using System.CommandLine;

namespace FeedHub.Cli;

/// <summary>The command line: serve (the default), parse, extract, fetch --once, digest, sources, export, health. A usage mistake prints what is wrong and exits 2.</summary>
internal static class CliApp
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var serving = args.Length == 0 || args[0] == ServeCommand.Name || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version");
        var (parsed, settings) = serving ? ServeCommand.SplitSettings(args) : (args, []);
        var root = new RootCommand("FeedHub: a self-hosted feed aggregator and publisher. Without a command it runs the service.")
        {
            ServeCommand.Create(settings),
            ParseCommand.Create(),
            ExtractCommand.Create(),
            FetchCommand.Create(),
            DigestCommand.Create(),
            SourcesCommand.Create(),
            ExportCommand.Create(),
            HealthCommand.Create(),
        };
        ServeCommand.Attach(root, settings);

        var result = root.Parse(parsed);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync("feedhub: " + error.Message).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'feedhub --help' for the commands and options.").ConfigureAwait(false);
            return UsageError;
        }

        // The service handles its own shutdown signals (the host's lifetime); a command is cancelled on Ctrl+C.
        var service = result.CommandResult.Command is RootCommand || result.CommandResult.Command.Name == ServeCommand.Name;
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = service ? null : TimeSpan.FromSeconds(2) };
        return await result.InvokeAsync(invocation).ConfigureAwait(false);
    }

    /// <summary>Reads a list file: its non-empty lines, in order.</summary>
    public static async Task<IReadOnlyList<string>> ReadListAsync(string path, CancellationToken cancellationToken) =>
        [.. (await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false)).Where(l => l.Trim().Length > 0)];

    public static int Fail(string message)
    {
        Console.Error.WriteLine("feedhub: " + message);
        return 1;
    }
}
