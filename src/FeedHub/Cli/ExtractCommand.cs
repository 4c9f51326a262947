using System.CommandLine;
using System.Text.Json;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Text;

namespace FeedHub.Cli;

/// <summary>feedhub extract FILE --url URL | --batch LIST (lines "path TAB url"): prints one JSON object per page.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A saved HTML page", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>("--url") { Description = "The URL the page was served at (for relative links)" };
        var batch = new Option<string?>("--batch") { Description = "A file of lines 'path<TAB>url'; prints one JSON line per line" };
        var command = new Command("extract", "Extract the main article from saved HTML pages") { file, url, batch };
        command.SetAction((result, token) => RunAsync(result.GetValue(file), result.GetValue(url), result.GetValue(batch), token));
        return command;
    }

    private static async Task<int> RunAsync(string? file, string? url, string? batch, CancellationToken cancellationToken)
    {
        var extractor = new ArticleExtractor();
        if (batch is not null)
        {
            return await RunBatchAsync(extractor, batch, cancellationToken).ConfigureAwait(false);
        }

        if (file is null)
        {
            return CliApp.Fail("extract needs FILE --url URL, or --batch LIST");
        }

        try
        {
            Console.Out.WriteLine(await ExtractOneAsync(extractor, file, url, cancellationToken).ConfigureAwait(false));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UriFormatException or ArgumentException)
        {
            return CliApp.Fail($"{file}: {e.Message}");
        }
    }

    private static async Task<int> RunBatchAsync(ArticleExtractor extractor, string listFile, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> lines;
        try
        {
            lines = await CliApp.ReadListAsync(listFile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliApp.Fail($"cannot read the list {listFile}: {e.Message}");
        }

        foreach (var line in lines)
        {
            var parts = line.Split('\t', 2);
            string output;
            try
            {
                output = await ExtractOneAsync(extractor, parts[0], parts.Length > 1 ? parts[1].Trim() : null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or UriFormatException or ArgumentException)
            {
                output = JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = parts[0], ["error"] = e.Message }, CliJsonContext.Default.DictionaryStringString);
            }

            await Console.Out.WriteLineAsync(output).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<string> ExtractOneAsync(ArticleExtractor extractor, string path, string? url, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var pageUri = url is null ? new Uri(Path.GetFullPath(path)) : new Uri(url, UriKind.Absolute);
        var article = extractor.Extract(PageDecoder.Decode(bytes, null), pageUri);
        var output = new ExtractOutput(
            path,
            pageUri.AbsoluteUri,
            article.Title,
            article.Byline,
            article.Author,
            article.SiteName,
            article.Published is { } published ? Rfc3339.Format(published) : null,
            article.Language,
            article.Image,
            article.Excerpt,
            article.Text,
            article.Html, // sanitized by the extractor
            article.WordCount,
            article.ReadingMinutes,
            article.ExtractionPath);
        return JsonSerializer.Serialize(output, CliJsonContext.Default.ExtractOutput);
    }
}
