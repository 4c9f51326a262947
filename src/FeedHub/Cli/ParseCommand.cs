using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FeedHub.Core.Parsing;

namespace FeedHub.Cli;

/// <summary>feedhub parse FILE | --batch LIST: prints each feed in the normalized JSON schema (one line per path in batch mode).</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A feed file to parse", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<string?>("--batch") { Description = "A file listing one feed path per line; prints one JSON line per path" };
        var contentType = new Option<string?>("--content-type")
        {
            Description = "The HTTP Content-Type the feed was served with, e.g. \"text/xml; charset=koi8-r\": its charset decides the encoding of XML that is not UTF-8",
        };
        var command = new Command("parse", "Parse a feed (RSS, RDF, Atom or JSON Feed) and print it as normalized JSON") { file, batch, contentType };
        command.SetAction((result, token) => RunAsync(result.GetValue(file), result.GetValue(batch), result.GetValue(contentType), token));
        return command;
    }

    private static async Task<int> RunAsync(string? file, string? batch, string? contentType, CancellationToken cancellationToken)
    {
        var parser = new FeedParser();
        if (batch is not null)
        {
            return await RunBatchAsync(parser, batch, contentType, cancellationToken).ConfigureAwait(false);
        }

        if (file is null)
        {
            return CliApp.Fail("parse needs a FILE or --batch LIST");
        }

        try
        {
            var feed = parser.Parse(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false), FileUri(file), contentType);
            Console.Out.WriteLine(ParseOutput.Write(feed, indented: true));
            return 0;
        }
        catch (Exception e) when (e is FeedParseException or IOException or UnauthorizedAccessException)
        {
            return CliApp.Fail($"{file}: {e.Message}");
        }
    }

    private static async Task<int> RunBatchAsync(FeedParser parser, string listFile, string? contentType, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> paths;
        try
        {
            paths = await CliApp.ReadListAsync(listFile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliApp.Fail($"cannot read the list {listFile}: {e.Message}");
        }

        var output = Console.Out;
        var clock = new Stopwatch();
        foreach (var path in paths)
        {
            string line;
            try
            {
                var bytes = await File.ReadAllBytesAsync(path.Trim(), cancellationToken).ConfigureAwait(false);
                clock.Start();
                var feed = parser.Parse(bytes, FileUri(path.Trim()), contentType);
                line = ParseOutput.Write(feed, indented: false);
                clock.Stop();
            }
            catch (Exception e) when (e is FeedParseException or IOException or UnauthorizedAccessException)
            {
                clock.Stop();
                line = ParseOutput.Error(e.Message);
            }

            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"batch_parse_seconds={clock.Elapsed.TotalSeconds:0.000}")).ConfigureAwait(false);
        return 0;
    }

    private static Uri FileUri(string path) => new(Path.GetFullPath(path));
}
