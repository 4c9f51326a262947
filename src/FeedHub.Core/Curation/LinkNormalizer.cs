namespace FeedHub.Core.Curation;

/// <summary>A link reduced to what identifies the page: lower-case scheme and host, no fragment, no tracking parameters.</summary>
public static class LinkNormalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "_hs"];
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase) { "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref_src", "_ga" };

    public static string Normalize(string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return link;
        }

        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsTracking(p.Split('=')[0])));
        var builder = new UriBuilder(uri) { Fragment = string.Empty, Query = query, Host = uri.Host.ToLowerInvariant() };
        if (builder.Uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri.AbsoluteUri;
    }

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
