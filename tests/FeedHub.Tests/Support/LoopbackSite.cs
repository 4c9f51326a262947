using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace FeedHub.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 serving the bundled sample feeds and pages (with ETag, Last-Modified and 304),
/// recording every request it answers so tests can see what FeedHub asked for.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackSite(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Path, int Status, bool Conditional)> Requests { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Requests whose path starts with <see cref="SlowPrefix"/> wait this long before they are answered.</summary>
    public TimeSpan SlowDelay { get; set; }

    public string SlowPrefix { get; set; } = "/articles/";

    private int inFlight;

    private int maxInFlight;

    /// <summary>Requests being answered right now.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>The most requests answered at once since the site started.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Starts the site; <paramref name="routes"/> adds endpoints of the test's own (a server that misbehaves) before the files.</summary>
    public static async Task<LoopbackSite> StartAsync(string folder, Action<WebApplication>? routes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new LoopbackSite(app);
        app.Use(async (context, next) =>
        {
            var now = Interlocked.Increment(ref site.inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref site.maxInFlight)) && Interlocked.CompareExchange(ref site.maxInFlight, now, seen) != seen)
            {
            }

            try
            {
                if (site.SlowDelay > TimeSpan.Zero && context.Request.Path.StartsWithSegments(site.SlowPrefix.TrimEnd('/'), StringComparison.Ordinal))
                {
                    await Task.Delay(site.SlowDelay);
                }

                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref site.inFlight);
            }

            site.Requests.Enqueue((context.Request.Path.Value ?? string.Empty, context.Response.StatusCode, context.Request.Headers.IfNoneMatch.Count > 0));
        });
        routes?.Invoke(app);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".rss"] = "application/rss+xml";
        types.Mappings[".atom"] = "application/atom+xml";
        types.Mappings[".rdf"] = "application/rdf+xml";
        types.Mappings[".koi8r"] = "application/rss+xml; charset=koi8-r"; // a feed whose encoding only its header names
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ContentTypeProvider = types });
        await app.StartAsync();
        site.BaseUri = new Uri(app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
