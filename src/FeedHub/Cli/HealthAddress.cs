using System.Net;
using FeedHub.Configuration;

namespace FeedHub.Cli;

/// <summary>
/// Where <c>feedhub health</c> asks by default: the service's own /healthz on this machine, from the same settings
/// the service reads (Urls: --urls, ASPNETCORE_URLS or the file; else ASPNETCORE_HTTP_PORTS; else
/// http://localhost:8080), under FeedHub:BasePath. An address that listens on every interface (+, *, 0.0.0.0, [::]
/// or a host name) is asked at localhost. Not FeedHub:PublicBaseUrl: that is the proxy's address, which a check
/// inside a container may not reach and which would test the proxy as well.
/// </summary>
internal static class HealthAddress
{
    public static Uri Of(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var basePath = FeedHubCatalog.BasePathOf(configuration[$"{FeedHubOptions.Section}:{nameof(FeedHubOptions.BasePath)}"]);
        return new Uri(Listening(configuration) + basePath + "/healthz");
    }

    /// <summary>The scheme, host and port of the first http address the service listens on (the first address when none is http).</summary>
    private static string Listening(IConfiguration configuration)
    {
        if (List(configuration[WebHostDefaults.ServerUrlsKey]) is { Length: > 0 } urls)
        {
            return Local(urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls[0]);
        }

        if (List(configuration[WebHostDefaults.HttpPortsKey]) is { Length: > 0 } httpPorts)
        {
            return "http://localhost:" + httpPorts[0];
        }

        return List(configuration[WebHostDefaults.HttpsPortsKey]) is { Length: > 0 } httpsPorts ? "https://localhost:" + httpsPorts[0] : ServiceHost.DefaultUrl;
    }

    /// <summary>http://+:8080 → http://localhost:8080; http://127.0.0.1:5000 stays.</summary>
    private static string Local(string url)
    {
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? "http" : url[..separator].ToLowerInvariant();
        var authority = url[(separator < 0 ? 0 : separator + 3)..].Split('/')[0];
        var colon = authority.LastIndexOf(':');
        var (host, port) = colon > authority.LastIndexOf(']') ? (authority[..colon], authority[colon..]) : (authority, string.Empty);
        var specific = host == "localhost" || IPAddress.TryParse(host.Trim('[', ']'), out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any);
        return $"{scheme}://{(specific ? host : "localhost")}{port}";
    }

    private static string[] List(string? value) => value?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
