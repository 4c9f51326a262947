using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
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

        // Lines go straight to standard output through one writer and one read buffer reused for every feed: a
        // string per feed (and its MemoryStream, copy and re-encoding) put three large-object-heap allocations per
        // feed in front of the garbage collector, and nearly every collection of a batch was a full one.
        var stdout = Console.OpenStandardOutput();
        await using (stdout.ConfigureAwait(false))
        {
            var output = new BufferedStream(stdout, 1 << 16);
            await using (output.ConfigureAwait(false))
            {
                using var json = new Utf8JsonWriter(output, ParseOutput.CompactOptions);
                var buffer = Array.Empty<byte>();
                var clock = new Stopwatch();
                foreach (var path in paths)
                {
                    try
                    {
                        var length = Read(path.Trim(), ref buffer);
                        clock.Start();
                        ParseOutput.Write(json, parser.Parse(buffer.AsSpan(0, length), FileUri(path.Trim()), contentType));
                        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                        clock.Stop();
                    }
                    catch (Exception e) when (e is FeedParseException or IOException or UnauthorizedAccessException)
                    {
                        clock.Stop();
                        json.Reset();
                        await output.WriteAsync(Encoding.UTF8.GetBytes(ParseOutput.Error(e.Message)), cancellationToken).ConfigureAwait(false);
                    }

                    json.Reset();
                    output.WriteByte((byte)'\n');
                }

                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"batch_parse_seconds={clock.Elapsed.TotalSeconds:0.000}")).ConfigureAwait(false);
            }
        }

        return 0;
    }

    /// <summary>Reads a file into <paramref name="buffer"/>, growing it when the file is larger; the file's length.</summary>
    private static int Read(string path, ref byte[] buffer)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        if (length > Array.MaxLength)
        {
            throw new IOException($"the file is larger than {Array.MaxLength} bytes");
        }

        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, Math.Min(Array.MaxLength, buffer.Length * 2L))];
        }

        var read = 0;
        while (read < length && RandomAccess.Read(file, buffer.AsSpan(read, (int)length - read), read) is > 0 and var n)
        {
            read += n;
        }

        return read;
    }

    private static Uri FileUri(string path) => new(Path.GetFullPath(path));
}
