using FeedHub.Configuration;
using FeedHub.Endpoints;
using FeedHub.Telemetry;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;

namespace FeedHub;

/// <summary>Builds and runs the service: configuration, the pipeline, the scheduler and the HTTP endpoints.</summary>
internal static partial class ServiceHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = Build(args);
            // The configuration is checked here, before the host starts: a mistake is then one message, not the host's "Hosting failed to start" log with its stack.
            var catalog = app.Services.GetRequiredService<FeedHubCatalog>();
            if (catalog.PublicBaseUrl is null)
            {
                LogNoPublicBase(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceHost)));
            }

            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>Where the service listens when nothing says otherwise (and what the shipped PublicBaseUrl names).</summary>
    public const string DefaultUrl = "http://localhost:8080";

    private static readonly string[] ListenKeys = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];

    /// <param name="args">The host's arguments (--config=, --urls=, --Key=value settings).</param>
    /// <param name="schedule">Whether to run the scheduler and the background workers; without them the app only serves what the store holds (`feedhub export`).</param>
    public static WebApplication Build(string[] args, bool schedule = true)
    {
        var location = ConfigLocation.Find(args, Directory.GetCurrentDirectory());
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFeedHubConsole();
        builder.Configuration.AddFeedHubConfiguration(location, args);
        var services = builder.Services.AddFeedHub(location);
        services.AddFeedHubTelemetry(builder.Configuration);
        if (schedule)
        {
            services.AddFeedHubScheduling(builder.Configuration);
        }

        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "application/feed+json", "text/x-opml"]);
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        if (ListenKeys.All(key => string.IsNullOrEmpty(builder.Configuration[key])))
        {
            // FeedHub's own port, unless ASPNETCORE_URLS (or _HTTP_PORTS), --urls or Urls in the configuration names another.
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton(sp => new OutputCache(sp.GetRequiredService<FeedHubCatalog>().OutputCacheBytes));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, HostJsonContext.Default));

        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<FeedHubCatalog>(TrustProxies);

        var app = builder.Build();
        var catalog = app.Services.GetRequiredService<FeedHubCatalog>();
        if (catalog.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        if (catalog.BasePath.HasValue)
        {
            app.UseBasePath(catalog.BasePath);
        }

        app.UseFeedHubMetrics(); // before the cache: /metrics is never kept, and cache hits are counted
        app.UseCachedDocuments(); // once the address is settled: an unchanged document is answered before anything else runs
        app.UseResponseCompression();
        app.UseRouting(); // here, not where WebApplication would put it (first): routes match the path after the base, and a cached document skips matching
        app.MapIndexPage();
        app.MapFeedEndpoints();
        app.MapDigestEndpoints();
        if (schedule)
        {
            app.MapHealthEndpoint(); // it reports the scheduler
        }
        app.MapLocalFileEndpoints();
        app.MapOpmlEndpoint();
        app.MapArchiveEndpoints();
        return app;
    }

    /// <summary>
    /// Believes X-Forwarded-For, -Proto and -Host from the configured proxies only (ASP.NET's default would trust
    /// loopback); and -Prefix, the path a proxy that strips it serves FeedHub under, unless FeedHub:BasePath says
    /// where FeedHub is (the configured base is not overridden by a header).
    /// </summary>
    private static void TrustProxies(ForwardedHeadersOptions options, FeedHubCatalog catalog)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
            | (catalog.BasePath.HasValue ? ForwardedHeaders.None : ForwardedHeaders.XForwardedPrefix);
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in catalog.TrustedProxies)
        {
            options.KnownIPNetworks.Add(proxy);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "FeedHub:PublicBaseUrl is not set: published links follow each request's Host header, and responses are marked private so that no shared cache keeps them")]
    private static partial void LogNoPublicBase(ILogger logger);
}
