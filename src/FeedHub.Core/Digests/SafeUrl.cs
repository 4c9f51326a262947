namespace FeedHub.Core.Digests;

/// <summary>Links and images a page or a feed item may carry: absolute http(s) addresses only, so no script, data or relative URL gets in.</summary>
public static class SafeUrl
{
    public static string? Absolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
