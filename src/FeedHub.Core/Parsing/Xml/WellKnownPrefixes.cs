namespace FeedHub.Core.Parsing.Xml;

/// <summary>The namespaces feeds mean by the prefixes they most often forget to declare.</summary>
internal static class WellKnownPrefixes
{
    private static readonly Dictionary<string, string> Namespaces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["georss"] = "http://www.georss.org/georss",
        ["xhtml"] = "http://www.w3.org/1999/xhtml",
    };

    /// <summary>The namespace a prefix conventionally stands for, or a private URN that keeps the document loadable.</summary>
    public static string NamespaceOf(string prefix) =>
        Namespaces.TryGetValue(prefix, out var ns) ? ns : "urn:feedhub:undeclared:" + prefix;
}
