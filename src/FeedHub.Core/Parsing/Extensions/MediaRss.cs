using System.Globalization;
using System.Xml.Linq;
using FeedHub.Core.Model;

namespace FeedHub.Core.Parsing.Extensions;

/// <summary>Media RSS elements (directly on the item or inside media:group), read as fallbacks for core fields.</summary>
internal static class MediaRss
{
    /// <summary>The media elements of an item: its own and those of its media:group and media:content children.</summary>
    private static IEnumerable<XElement> All(XElement item, string localName) =>
        item.Descendants().Where(e => FeedNamespaces.IsMediaRss(e.Name.Namespace) && e.Name.LocalName == localName
            && e.Ancestors().TakeWhile(a => a != item).All(a => FeedNamespaces.IsMediaRss(a.Name.Namespace)));

    public static string? Title(XElement item) => XmlReading.Clean(All(item, "title").FirstOrDefault()?.Value);

    public static string? Description(XElement item) => XmlReading.Clean(All(item, "description").FirstOrDefault()?.Value);

    public static IEnumerable<string> Categories(XElement item) =>
        All(item, "category").Select(c => XmlReading.Clean(c.Value)).OfType<string>();

    public static string? Thumbnail(XElement item, Uri? documentUri)
    {
        var thumbnail = All(item, "thumbnail").FirstOrDefault(t => t.Attribute("url") is not null);
        return thumbnail?.Resolve(XmlReading.Clean(thumbnail.Attribute("url")?.Value), documentUri);
    }

    /// <summary>media:content files as enclosures (url, type, fileSize).</summary>
    public static IEnumerable<Enclosure> Contents(XElement item, Uri? documentUri) =>
        All(item, "content").Select(c => (Element: c, Url: c.Resolve(XmlReading.Clean(c.Attribute("url")?.Value), documentUri)))
            .Where(c => c.Url is not null)
            .Select(c => new Enclosure(c.Url!, XmlReading.Clean(c.Element.Attribute("type")?.Value),
                long.TryParse(c.Element.Attribute("fileSize")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null));
}
