using AngleSharp.Dom;

namespace FeedHub.Core.Subscribing;

/// <summary>
/// The feeds a web page names in its head, the autodiscovery convention every reader follows
/// (https://www.rssboard.org/rss-autodiscovery): &lt;link rel="alternate"&gt; with a feed's media type, resolved
/// against the page's &lt;base&gt; or its own address, in page order, each once. And, for a page that names none,
/// the addresses where blog engines and site generators put their feed.
/// </summary>
public static class FeedLinks
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "application/xml", "text/xml",
    };

    /// <summary>WordPress, Ghost and most generators (/feed, /rss), Jekyll and Eleventy (/feed.xml, /atom.xml), Hugo (/index.xml), JSON Feed (/feed.json).</summary>
    private static readonly string[] CommonPaths = ["feed", "rss", "atom.xml", "feed.xml", "rss.xml", "index.xml", "feed.json", "atom"];

    public static IReadOnlyList<Uri> Of(IDocument page, Uri address)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(address);
        var baseUri = page.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(address, href, out var b) ? b : address;
        var found = new List<Uri>();
        foreach (var link in page.QuerySelectorAll("link[rel][href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = (link.GetAttribute("type") ?? "").Split(';')[0].Trim();
            var isFeed = rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && FeedTypes.Contains(type)
                || rel.Contains("feed", StringComparer.OrdinalIgnoreCase);
            if (isFeed && Uri.TryCreate(baseUri, link.GetAttribute("href")!.Trim(), out var url) && url.Scheme is "http" or "https" && !found.Contains(url))
            {
                found.Add(url);
            }
        }

        return found;
    }

    /// <summary>The usual feed addresses in the page's folder (https://host/blog and https://host/blog/post.html give https://host/blog/feed), then at the site's root.</summary>
    public static IReadOnlyList<Uri> Guesses(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = address.AbsolutePath;
        var folder = new Uri(address, path.EndsWith('/') || path[(path.LastIndexOf('/') + 1)..].Contains('.') ? "./" : path + "/");
        var root = new Uri(address, "/");
        var bases = folder == root ? [root] : new[] { folder, root };
        return [.. bases.SelectMany(b => CommonPaths.Select(p => new Uri(b, p))).Distinct()];
    }
}
