using FeedHub.Configuration;

namespace FeedHub.Endpoints;

/// <summary>
/// Where the links FeedHub publishes start: the configured FeedHub:PublicBaseUrl, or else the request's own scheme,
/// Host and path base. Only the configured address is <see cref="Trusted"/>: a Host header is whatever the client sent,
/// so a response built from it must not be kept by a shared cache (it would serve that client's Host to everyone).
/// </summary>
internal sealed record PublicBase(Uri Url, bool Trusted)
{
    public static PublicBase Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RequestServices.GetRequiredService<FeedHubCatalog>().PublicBaseUrl is { } configured)
        {
            return new PublicBase(configured, Trusted: true);
        }

        var request = context.Request;
        return new PublicBase(new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), Trusted: false);
    }

    /// <summary>An address under the base: <paramref name="path"/> has no leading slash ("feeds/all.rss").</summary>
    public Uri Resolve(string path) => new(Url, path);
}
