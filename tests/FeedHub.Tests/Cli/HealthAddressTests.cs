using FeedHub.Cli;
using Microsoft.Extensions.Configuration;

namespace FeedHub.Tests.Cli;

/// <summary>Where feedhub health asks without --url: the service's own address on this machine, from the settings the service reads, under its base path.</summary>
public sealed class HealthAddressTests
{
    [Theory]
    [InlineData(null, null, null, "http://localhost:8080/healthz")]
    [InlineData("http://+:8080", null, null, "http://localhost:8080/healthz")] // the container's ASPNETCORE_URLS
    [InlineData("http://*:9000", null, "/feedhub", "http://localhost:9000/feedhub/healthz")]
    [InlineData("https://0.0.0.0:8443;http://0.0.0.0:8080", null, "/feedhub/", "http://localhost:8080/feedhub/healthz")] // the http one, the base without its '/'
    [InlineData("https://localhost:8443", null, null, "https://localhost:8443/healthz")]
    [InlineData("http://[::]:8080", null, null, "http://localhost:8080/healthz")]
    [InlineData("http://[::1]:8080", null, null, "http://[::1]:8080/healthz")]
    [InlineData("http://127.0.0.1:5000", "8081", null, "http://127.0.0.1:5000/healthz")] // Urls wins over the ports, as in Kestrel
    [InlineData("http://feeds.example:8080", null, null, "http://localhost:8080/healthz")] // a name listens on every interface
    [InlineData(null, "8081;8082", "/", "http://localhost:8081/healthz")]
    public void The_address_is_where_the_service_listens_under_its_base(string? urls, string? httpPorts, string? basePath, string expected)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = urls, ["http_ports"] = httpPorts, ["FeedHub:BasePath"] = basePath };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(new Uri(expected), HealthAddress.Of(configuration));
    }
}
