using System.CommandLine;
using FeedHub.Configuration;
using FeedHub.Core.Digests;
using FeedHub.Core.Store;
using FeedHub.Endpoints;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FeedHub.Cli;

/// <summary>
/// feedhub export DIR --base URL: writes every published document (the index, /opml, each curated feed in its three
/// formats and its archive pages, each digest list, page and digest feed) as files, with the bytes the service serves, so a static host
/// or CDN can serve them. The documents are fetched from the service itself, started without its scheduler on a
/// loopback port, so they are the very bytes it would answer; paths without an extension get one (the index
/// index.html, a digest page KEY.html), which static hosts serve at the address without it.
/// </summary>
internal static class ExportCommand
{

    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The folder to write the files to (created if missing)" };
        var publicBase = new Option<string?>("--base") { Description = "The address the files will be served at (default: FeedHub:PublicBaseUrl)" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json)" };
        var command = new Command("export", "Write every published feed, digest page and the index as static files") { folder, publicBase, config };
        command.SetAction((result, token) => RunAsync(result.GetValue(folder)!, result.GetValue(publicBase), result.GetValue(config), token));
        return command;
    }

    private static async Task<int> RunAsync(string folder, string? publicBase, string? config, CancellationToken cancellationToken)
    {
        var args = new List<string> { "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--FeedHub:Metrics:Enabled=false" };
        if (config is not null)
        {
            args.Add("--config=" + config);
        }

        if (publicBase is not null)
        {
            args.Add("--FeedHub:PublicBaseUrl=" + publicBase);
        }

        try
        {
            await using var app = ServiceHost.Build([.. args], schedule: false);
            var catalog = app.Services.GetRequiredService<FeedHubCatalog>();
            if (catalog.PublicBaseUrl is null)
            {
                await Console.Error.WriteLineAsync("feedhub: export needs the address the files will be served at: pass --base URL or set FeedHub:PublicBaseUrl").ConfigureAwait(false);
                return CliApp.UsageError;
            }

            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ExportCommand));
            client.BaseAddress = new Uri(address);
            var (files, bytes) = (0, 0L);
            foreach (var (path, file) in await PathsAsync(app.Services, catalog, cancellationToken).ConfigureAwait(false))
            {
                using var response = await client.GetAsync(new Uri(catalog.BasePath + path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return CliApp.Fail($"export stopped: {path} answered HTTP {(int)response.StatusCode}");
                }

                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var target = Path.Combine(folder, file.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, body, cancellationToken).ConfigureAwait(false);
                (files, bytes) = (files + 1, bytes + body.Length);
            }

            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"exported {files} files ({bytes} bytes) to {Path.GetFullPath(folder)} for {catalog.PublicBaseUrl}").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return CliApp.UsageError;
        }
    }

    /// <summary>Each document's path on the service (under FeedHub:BasePath, when one is set) and the file it is written to.</summary>
    private static async Task<List<(string Path, string File)>> PathsAsync(IServiceProvider services, FeedHubCatalog catalog, CancellationToken cancellationToken)
    {
        var paths = new List<(string, string)> { ("/", "index.html"), ("/opml", "opml") };
        var publisher = services.GetRequiredService<DigestPublisher>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var feed in catalog.Feeds)
        {
            var id = Uri.EscapeDataString(feed.Id);
            paths.AddRange(FeedFormatKind.All.Select(f => f.Extension).Select(e => ($"/feeds/{id}.{e}", $"feeds/{feed.Id}.{e}")));
            foreach (var month in await ArchiveEndpoints.ClosedMonthsAsync(services.GetRequiredService<IFeedStore>(), feed, catalog, now, cancellationToken).ConfigureAwait(false))
            {
                paths.AddRange(FeedFormatKind.All.Select(f => f.Extension).Select(e => ($"/feeds/{id}/archive/{month}.{e}", $"feeds/{feed.Id}/archive/{month}.{e}")));
            }
            if (feed.Digest is not { } schedule)
            {
                continue;
            }

            paths.Add(($"/digests/{id}/", $"digests/{feed.Id}/index.html"));
            paths.AddRange(FeedFormatKind.All.Select(f => f.Extension).Select(e => ($"/feeds/{id}/digest.{e}", $"feeds/{feed.Id}/digest.{e}")));
            var keys = DigestKeys.For(schedule);
            foreach (var digest in await publisher.RecentAsync(feed, catalog.Sources, now, DigestEndpoints.Windows, cancellationToken).ConfigureAwait(false))
            {
                paths.Add(($"/digests/{id}/{keys.KeyOf(digest)}", $"digests/{feed.Id}/{keys.KeyOf(digest)}.html"));
            }
        }

        return paths;
    }
}
