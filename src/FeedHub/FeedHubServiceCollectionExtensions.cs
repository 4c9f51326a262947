using System.Net;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Digests;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Parsing;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Sanitizing;
using FeedHub.Core.Store;
using FeedHub.Scheduling;
using FeedHub.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedHub;

/// <summary>Registers FeedHub's parts: options, storage, the pipeline and its HTTP clients, and (for the service) the scheduler.</summary>
public static class FeedHubServiceCollectionExtensions
{
    public static IServiceCollection AddFeedHub(this IServiceCollection services, ConfigLocation location)
    {
        services.AddSingleton(location);
        services.AddOptions<FeedHubOptions>().BindConfiguration(FeedHubOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedHubOptions>, FeedHubOptionsValidator>();
        services.AddSingleton<FeedHubCatalog>();
        services.AddSingleton(sp => sp.GetRequiredService<FeedHubCatalog>().Fetch);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PollPlanner(sp.GetRequiredService<TimeProvider>(), Random.Shared));

        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<FeedHubCatalog>().DatabasePath));
        services.AddSingleton<IFeedStore, SqliteFeedStore>();
        services.AddHostedService<DatabaseMigrator>();

        services.AddSingleton(new FeedParser());
        services.AddSingleton(sp => new ArticleExtractor(sp.GetRequiredService<FeedHubCatalog>().SiteRules, sp.GetRequiredService<ContentSanitizer>()));
        services.AddSingleton<ContentSanitizer>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<ArticleService>();
        services.AddSingleton<ArticleDoorbell>();
        services.AddSingleton<ArticlePipeline>();
        services.AddTransient<PollPipeline>();
        services.AddSingleton(sp => sp.GetRequiredService<FeedHubCatalog>().Clustering);
        services.AddSingleton<CuratedFeedBuilder>();
        services.AddSingleton<DigestPublisher>();
        AddHttpClients(services);
        return services;
    }

    /// <summary>The Quartz scheduler, hosted in the Generic Host, with one poll job per source.</summary>
    public static IServiceCollection AddFeedHubScheduling(this IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        services.AddHostedService<SourceScheduleRegistrar>();
        services.AddHostedService<DigestScheduleRegistrar>();
        services.AddHostedService<ArticleExtractionService>();
        return services;
    }

    private static void AddHttpClients(IServiceCollection services)
    {
        services.AddHttpClient<FeedFetcher>(ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddStandardResilienceHandler(ConfigureResilience)
            .SelectPipelineByAuthority();
        services.AddHttpClient<ArticleFetcher>(ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnector.CreateHandler(sp.GetRequiredService<FetchOptions>().AllowPrivateNetworks));
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<FetchOptions>();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>Two retries on transient failures (Retry-After honoured), a circuit per host; the fetcher's own timeout bounds it all.</summary>
    private static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 2;
        options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
    }
}
