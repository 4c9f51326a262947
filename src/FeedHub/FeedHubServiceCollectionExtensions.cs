using System.Net;
using FeedHub.Configuration;
using FeedHub.Core.Curation;
using FeedHub.Core.Digests;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;
using FeedHub.Core.Parsing;
using FeedHub.Core.Pipeline.Articles;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Publishing;
using FeedHub.Core.Sanitizing;
using FeedHub.Core.Store;
using FeedHub.Core.Telemetry;
using FeedHub.Scheduling;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
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
        services.AddOptions<FeedHubOptions>().Configure<IConfiguration>(BindChecked).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedHubOptions>, FeedHubOptionsValidator>();
        services.AddSingleton<FeedHubCatalog>();
        services.AddSingleton(sp => sp.GetRequiredService<FeedHubCatalog>().Fetch);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<FeedHubMetrics>();
        services.AddSingleton(sp => new PollPlanner(sp.GetRequiredService<TimeProvider>(), Random.Shared, sp.GetRequiredService<FeedHubCatalog>().Polling));

        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<FeedHubCatalog>().DatabasePath));
        services.AddSingleton(sp =>
        {
            var catalog = sp.GetRequiredService<FeedHubCatalog>();
            return new ContentVersions(catalog.Feeds.Select(f => (f.Id, CuratedFeedBuilder.SourcesOf(f, catalog.Sources))));
        });
        services.AddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<FeedHubCatalog>().PostgresConnectionString!));
        services.AddSingleton(sp => new SqliteFeedStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<ContentVersions>()));
        services.AddSingleton(sp => new PostgresFeedStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<ContentVersions>()));
        // The provider the configuration names; the other's objects are never made (no SQLite file beside a PostgreSQL node).
        services.AddSingleton<IFeedStore>(sp => sp.GetRequiredService<FeedHubCatalog>().UsesPostgres ? sp.GetRequiredService<PostgresFeedStore>() : sp.GetRequiredService<SqliteFeedStore>());
        services.AddSingleton<IFeedDatabase>(sp => sp.GetRequiredService<FeedHubCatalog>().UsesPostgres ? sp.GetRequiredService<PostgresDatabase>() : sp.GetRequiredService<SqliteDatabase>());
        services.AddHostedService<DatabaseMigrator>();

        services.AddSingleton(new FeedParser());
        services.AddSingleton(sp => new ArticleExtractor(sp.GetRequiredService<FeedHubCatalog>().SiteRules, sp.GetRequiredService<ContentSanitizer>()));
        services.AddSingleton<ContentSanitizer>();
        services.AddSingleton<HostGates>();
        services.AddSingleton(sp => new ArticleRules(sp.GetRequiredService<FetchOptions>(), sp.GetRequiredService<FeedHubCatalog>().SiteRules));
        services.AddSingleton<ArticleService>();
        services.AddSingleton<ArticleDoorbell>();
        services.AddSingleton<ArticlePipeline>();
        services.AddTransient<PollPipeline>();
        services.AddSingleton(sp => sp.GetRequiredService<FeedHubCatalog>().Clustering);
        services.AddSingleton<CuratedFeedBuilder>();
        services.AddSingleton(sp => new LocalFiles(sp.GetRequiredService<FeedHubCatalog>().Sources));
        services.AddSingleton<DigestPublisher>();
        AddHttpClients(services);
        return services;
    }

    /// <summary>Binds FeedHub's section once its shape is checked: a misspelt key or a value in the wrong form stops the start with every such mistake named.</summary>
    private static void BindChecked(FeedHubOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(FeedHubOptions.Section);
        if (ConfigurationShape.Check(section, typeof(FeedHubOptions)) is { Count: > 0 } failures)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(FeedHubOptions), failures);
        }

        section.Bind(options);
    }

    /// <summary>
    /// The Quartz scheduler, hosted in the Generic Host, with one poll job per source: in memory on SQLite (one
    /// node), Quartz's clustered ADO.NET job store on PostgreSQL, where every node shares the jobs and each fires on
    /// exactly one of them (Quartz's row lock), and a node's jobs are recovered by the others when it stops checking in.
    /// </summary>
    public static IServiceCollection AddFeedHubScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var (database, scheduler) = ScheduleSettings(configuration);
        services.AddQuartz(q =>
        {
            if (database.Provider.Equals(DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase) && database.ConnectionString is { } connection)
            {
                UseCluster(q, connection, scheduler);
            }
            else
            {
                q.UseInMemoryStore();
            }

            q.UseDefaultThreadPool();
        });
        // Polls wait on the network and on each host's turn, not on the CPU: more threads than cores (FeedHub:Fetching:PollConcurrency).
        services.AddOptions<QuartzOptions>().Configure<FeedHubCatalog>((quartz, catalog) =>
            quartz.Properties["quartz.threadPool.maxConcurrency"] = catalog.PollConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        services.AddHostedService<SourceScheduleRegistrar>();
        services.AddHostedService<DigestScheduleRegistrar>();
        services.AddHostedService<ArticleExtractionService>();
        services.AddHostedService<HubNotifier>();
        services.AddSingleton<PostgresChangeListener>();
        services.AddHostedService<ChangeListening>();
        services.AddHttpClient(HubNotifier.ClientName, (sp, client) =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<FetchOptions>().UserAgent);
            client.Timeout = TimeSpan.FromSeconds(15);
        });
        return services;
    }

    private static void UseCluster(IQuartzBuilder q, string connectionString, SchedulerOptions scheduler)
    {
        q.ConfigureScheduler(o =>
        {
            o.InstanceName = "FeedHub"; // one name for every node: Quartz clusters the schedulers of one name on one database
            if (scheduler.InstanceId is { } id)
            {
                o.InstanceId = id;
            }
        });

        q.UsePersistentStore(store =>
        {
            store.UsePostgres(Npgsql.NpgsqlFactory.Instance, connectionString);
            store.UseSystemTextJsonSerializer(_ => { });
            store.UseClustering(c =>
            {
                c.CheckinInterval = scheduler.CheckinInterval;
                c.CheckinMisfireThreshold = scheduler.CheckinMisfireThreshold;
            });
            store.ConfigureStore(o =>
            {
                o.StoreJobDataAsStrings = true; // the jobs carry a source or feed id, nothing else
                o.MisfireThreshold = scheduler.MisfireThreshold;
            });
        });
    }

    /// <summary>
    /// The database and scheduler settings, read before the service's options are bound (the scheduler is configured
    /// at registration); a section that does not bind is left to the configuration check, which names the mistake.
    /// </summary>
    private static (DatabaseOptions Database, SchedulerOptions Scheduler) ScheduleSettings(IConfiguration configuration)
    {
        try
        {
            return (configuration.GetSection("FeedHub:Database").Get<DatabaseOptions>() ?? new(), configuration.GetSection("FeedHub:Scheduler").Get<SchedulerOptions>() ?? new());
        }
        catch (InvalidOperationException)
        {
            return (new(), new());
        }
    }

    private static void AddHttpClients(IServiceCollection services)
    {
        services.AddHttpClient<FeedFetcher>(ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = false, // HttpDownload follows redirects itself, to know whether each was permanent
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
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

    /// <summary>
    /// Two quick retries when the request itself failed (a reset, a refused connection), a circuit per host; the
    /// fetcher's own timeout bounds it all. An error response (a 500, a 429 or 503 with Retry-After) is not retried
    /// within the poll: the server answered, and waiting here would hold a scheduler thread (1.5 s for each failing
    /// source made a 1,000-source cycle 15 s long), so the poll ends and the planner sets the next due time instead,
    /// from Retry-After or the back-off. The circuit opens only when most requests to a host fail: one host serving hundreds of
    /// feeds, a few of them broken, must not pause the rest.
    /// </summary>
    private static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(250); // then 0.5 s: within the fetch timeout, so a reset is reported as one
        options.Retry.ShouldRetryAfterHeader = false;
        var transient = options.Retry.ShouldHandle;
        options.Retry.ShouldHandle = args => args.Outcome.Exception is null ? ValueTask.FromResult(false) : transient(args);
        options.CircuitBreaker.FailureRatio = 0.5;
        options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
    }
}
