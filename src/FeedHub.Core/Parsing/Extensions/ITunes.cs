using System.Xml.Linq;

namespace FeedHub.Core.Parsing.Extensions;

/// <summary>iTunes podcast elements, read as fallbacks for the core fields they duplicate.</summary>
internal static class ITunes
{
    public static IEnumerable<XElement> Elements(XElement parent, string localName) =>
        parent.Elements().Where(e => FeedNamespaces.IsITunes(e.Name.Namespace) && e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    public static string? Text(XElement parent, string localName) => XmlReading.Clean(Elements(parent, localName).FirstOrDefault()?.Value);

    /// <summary>itunes:image href (or url), or the older itunes:link rel="image".</summary>
    public static string? Image(XElement parent)
    {
        var image = Elements(parent, "image").Select(e => XmlReading.Clean(e.Attribute("href")?.Value ?? e.Attribute("url")?.Value)).FirstOrDefault(v => v is not null);
        return image ?? Elements(parent, "link")
            .Where(e => string.Equals(e.Attribute("rel")?.Value, "image", StringComparison.OrdinalIgnoreCase))
            .Select(e => XmlReading.Clean(e.Attribute("href")?.Value)).FirstOrDefault(v => v is not null);
    }

    /// <summary>itunes:category text attributes, nested subcategories included, in document order.</summary>
    public static IEnumerable<string> Categories(XElement parent) =>
        Elements(parent, "category").SelectMany(c => c.DescendantsAndSelf())
            .Where(c => FeedNamespaces.IsITunes(c.Name.Namespace))
            .Select(c => XmlReading.Clean(c.Attribute("text")?.Value)).OfType<string>();
}
