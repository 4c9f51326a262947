using System.CommandLine;

namespace FeedHub.Cli;

/// <summary>The command line: parse, extract, fetch --once (and serve, the default).</summary>
internal static class CliApp
{
    private static readonly string[] Commands = ["parse", "extract", "fetch", "digest", "sources", "help", "--help", "-h", "-?", "--version"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("FeedHub: a self-hosted feed aggregator and publisher. Without a command it runs the service.")
        {
            ParseCommand.Create(),
            ExtractCommand.Create(),
            FetchCommand.Create(),
            DigestCommand.Create(),
            SourcesCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
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
