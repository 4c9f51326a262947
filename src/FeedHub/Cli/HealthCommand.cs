using System.CommandLine;
using System.Net;
using System.Text.Json;
using FeedHub.Configuration;
using FeedHub.Endpoints;

namespace FeedHub.Cli;

/// <summary>
/// feedhub health [--url URL]: GETs the service's /healthz (by default at <see cref="HealthAddress"/>) and exits 0
/// when it answers 200, 1 otherwise, with one line saying why. It is the container's HEALTHCHECK: the ASP.NET
/// runtime image has no curl. Every failure, a configuration that cannot be read included, exits 1, because a
/// health check knows only healthy (0) and unhealthy (1); only a usage mistake (an unknown option, a --url that
/// is not http) exits 2, as with every command.
/// </summary>
internal static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "The address to check (default: /healthz where this configuration makes the service listen, on this machine, under FeedHub:BasePath)" };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: config/feedhub.json, or FEEDHUB_CONFIG)" };
        var command = new Command("health", "Check that the service answers its /healthz with 200 (exit 0), else exit 1") { url, config };
        command.SetAction((result, token) => RunAsync(result.GetValue(url), result.GetValue(config), token));
        return command;
    }

    private static async Task<int> RunAsync(string? given, string? config, CancellationToken cancellationToken)
    {
        Uri? url = null;
        if (given is not null && (!Uri.TryCreate(given, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            await Console.Error.WriteLineAsync($"feedhub: --url '{given}' is not an absolute http(s) URL (such as http://localhost:8080/healthz)").ConfigureAwait(false);
            return CliApp.UsageError;
        }

        try
        {
            url ??= HealthAddress.Of(Configuration(config));
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } message)
        {
            await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return 1;
        }

        // One request and the process ends: a factory of one client, so that the banned-API rule (no new HttpClient) holds here too.
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        using var http = services.GetRequiredService<IHttpClientFactory>().CreateClient();
        http.Timeout = Timeout;
        try
        {
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await Console.Out.WriteLineAsync($"healthy: {url} answered 200").ConfigureAwait(false);
                return 0;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return CliApp.Fail($"unhealthy: {url} answered {(int)response.StatusCode} {response.ReasonPhrase}{Down(body)}");
        }
        catch (HttpRequestException e)
        {
            return CliApp.Fail($"unhealthy: nothing answers at {url} ({e.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CliApp.Fail($"unhealthy: {url} did not answer within {Timeout.TotalSeconds:0} s");
        }
    }

    private static IConfiguration Configuration(string? config)
    {
        string[] args = config is null ? [] : ["--config=" + config];
        var location = ConfigLocation.Find(args, Directory.GetCurrentDirectory());
        // ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS, as the web host reads them, under what FeedHub layers on top.
        return new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddFeedHubConfiguration(location, args).Build();
    }

    /// <summary>" (scheduler not running, database not answering)" from a FeedHub health report; empty for any other body.</summary>
    private static string Down(string body)
    {
        HealthReport? report;
        try
        {
            report = JsonSerializer.Deserialize(body, HostJsonContext.Default.HealthReport);
        }
        catch (JsonException)
        {
            return string.Empty;
        }

        string[] down = [.. new[] { report?.Scheduler == false ? "scheduler not running" : null, report?.Database == false ? "database not answering" : null }.OfType<string>()];
        return down.Length == 0 ? string.Empty : $" ({string.Join(", ", down)})";
    }
}
