using FeedHub.Configuration;
using FeedHub.Endpoints;
using Microsoft.AspNetCore.ResponseCompression;

namespace FeedHub;

/// <summary>Builds and runs the service: configuration, the pipeline, the scheduler and the HTTP endpoints.</summary>
internal static class ServiceHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = Build(args);
            // The configuration is checked here, before the host starts: a mistake is then one message, not the host's "Hosting failed to start" log with its stack.
            _ = app.Services.GetRequiredService<FeedHubCatalog>();
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 2;
        }
    }

    public static WebApplication Build(string[] args)
    {
        var location = ConfigLocation.Find(args, Directory.GetCurrentDirectory());
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddFeedHubConfiguration(location, args);
        builder.Services.AddFeedHub(location).AddFeedHubScheduling();
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, HostJsonContext.Default));

        var app = builder.Build();
        app.UseResponseCompression();
        app.MapIndexPage();
        app.MapFeedEndpoints();
        app.MapDigestEndpoints();
        app.MapHealthEndpoint();
        return app;
    }
}
