namespace FeedHub.Core.Parsing;

/// <summary>The XML namespaces feeds are written in (URIs as strings; "" is no namespace).</summary>
internal static class FeedNamespaces
{
    public const string None = "";
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Svg = "http://www.w3.org/2000/svg";
    public const string MathMl = "http://www.w3.org/1998/Math/MathML";
    public const string XLink = "http://www.w3.org/1999/xlink";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>No namespace, one RSS was published in, or any of UserLand's (rss, rss2, rss2.1...).</summary>
    public static bool IsRssNamespace(string ns) =>
        ns.Length == 0 || ns is Rss10 or Rss090 or "http://blogs.law.harvard.edu/tech/rss"
        || ns.StartsWith("http://backend.userland.com/rss", StringComparison.Ordinal);

    /// <summary>iTunes podcast elements: Apple's URI is written with varying case ("DTDs/Podcast").</summary>
    public static bool IsITunes(string ns) => ns.Length == 42 && ns.Equals("http://www.itunes.com/dtds/podcast-1.0.dtd", StringComparison.OrdinalIgnoreCase);

    /// <summary>Media RSS: Yahoo's URI, with or without its trailing slash.</summary>
    public static bool IsMediaRss(string ns) =>
        ns.Length is 28 or 29 && ns.AsSpan().TrimEnd('/').Equals("http://search.yahoo.com/mrss", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether any child of the element is in the iTunes or Media RSS namespace (both are rare; most items skip their lookups).</summary>
    public static (bool ITunes, bool MediaRss) Extensions(Xml.FeedElement element)
    {
        if (element.ChildNamespaceFlags == 0)
        {
            byte flags = 1;
            foreach (var node in element.Nodes)
            {
                if (node is Xml.FeedElement child)
                {
                    flags |= (byte)((IsITunes(child.Namespace) ? 2 : 0) | (IsMediaRss(child.Namespace) ? 4 : 0));
                }
            }

            element.ChildNamespaceFlags = flags;
        }

        return ((element.ChildNamespaceFlags & 2) != 0, (element.ChildNamespaceFlags & 4) != 0);
    }
}
