using System.Xml.Linq;

namespace FeedHub.Core.Parsing;

/// <summary>The XML namespaces feeds are written in.</summary>
internal static class FeedNamespaces
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public static readonly XNamespace MathMl = "http://www.w3.org/1998/Math/MathML";
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    public static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>The namespaces RSS itself has been published in, besides none at all.</summary>
    private static readonly HashSet<string> RssNamespaces =
    [
        Rss10.NamespaceName, Rss090.NamespaceName, "http://blogs.law.harvard.edu/tech/rss",
    ];

    /// <summary>No namespace, one RSS was published in, or any of UserLand's (rss, rss2, rss2.1...).</summary>
    public static bool IsRssNamespace(XNamespace ns) =>
        ns == XNamespace.None || RssNamespaces.Contains(ns.NamespaceName)
        || ns.NamespaceName.StartsWith("http://backend.userland.com/rss", StringComparison.Ordinal);

    /// <summary>iTunes podcast elements: Apple's URI is written with varying case ("DTDs/Podcast").</summary>
    public static bool IsITunes(XNamespace ns) => ns.NamespaceName.Equals("http://www.itunes.com/dtds/podcast-1.0.dtd", StringComparison.OrdinalIgnoreCase);

    /// <summary>Media RSS: Yahoo's URI, with or without its trailing slash.</summary>
    public static bool IsMediaRss(XNamespace ns) => ns.NamespaceName.TrimEnd('/').Equals("http://search.yahoo.com/mrss", StringComparison.OrdinalIgnoreCase);
}
