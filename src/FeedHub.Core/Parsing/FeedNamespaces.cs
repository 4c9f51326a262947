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
    public static readonly XNamespace Rss20Userland = "http://backend.userland.com/rss2";
    public static readonly XNamespace Rss20Harvard = "http://blogs.law.harvard.edu/tech/rss";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Xml = XNamespace.Xml;
}
