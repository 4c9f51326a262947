using System.Net;
using System.Text.Json;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Cli;

/// <summary>feedhub health, the container's HEALTHCHECK, run as the real binary against a real service: exit 0 on 200, else 1 and one line saying why.</summary>
public sealed class HealthCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-health-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_running_service_is_healthy_at_the_address_its_settings_give_and_not_elsewhere()
    {
        var config = Path.Combine(folder, "feedhub.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { FeedHub = new { Database = "health.db", Sources = new[] { new { Id = "h", Path = Path.Combine(Samples.Folder, "harbour-times.rss") } } } }));
        var url = $"http://127.0.0.1:{FeedHubProcess.FreePort()}";
        // As in the container: the address and the base come from the environment, which the check shares with the service.
        var environment = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = url, ["FeedHub__BasePath"] = "/feedhub" };
        using var service = FeedHubProcess.Start(folder, environment, "--config", config);
        try
        {
            using var http = new HttpClient();
            await Samples.EventuallyAsync(() => FeedHubProcess.StatusAsync(http, new Uri(url + "/feedhub/healthz")), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

            var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, environment, "health", "--config", config);
            var (rootExit, _, rootError) = await FeedHubProcess.RunAsync(folder, "health", "--url", url + "/healthz");

            Assert.True(exit == 0, stderr);
            Assert.Equal($"healthy: {url}/feedhub/healthz answered 200", stdout.Trim());
            Assert.Equal(1, rootExit);
            Assert.Equal($"feedhub: unhealthy: {url}/healthz answered 404 Not Found", rootError.Trim()); // outside the base
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Nothing_listening_is_unhealthy_in_one_line()
    {
        var url = $"http://127.0.0.1:{FeedHubProcess.FreePort()}/healthz";

        var (exit, stdout, stderr) = await FeedHubProcess.RunAsync(folder, "health", "--url", url);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.StartsWith($"feedhub: unhealthy: nothing answers at {url} (", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("localhost:8080/healthz")]
    [InlineData("ftp://localhost/healthz")]
    public async Task A_url_that_is_not_http_is_a_usage_error(string url)
    {
        var (exit, _, stderr) = await FeedHubProcess.RunAsync(folder, "health", "--url", url);

        Assert.Equal(2, exit);
        Assert.Equal($"feedhub: --url '{url}' is not an absolute http(s) URL (such as http://localhost:8080/healthz)", stderr.Trim());
    }
}
