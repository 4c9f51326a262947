using System.Globalization;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Extensions;

/// <summary>Media RSS elements (directly on the item or inside media:group), read as fallbacks for core fields.</summary>
internal static class MediaRss
{
    /// <summary>The media elements of an item: its own and those of its media:group and media:content children.</summary>
    private static IEnumerable<FeedElement> All(FeedElement item, string localName) =>
        !FeedNamespaces.Extensions(item).MediaRss ? [] : Search(item, localName);

    /// <summary>As <see cref="All"/>, apart so that an item without Media RSS does not pay for the lambdas' closure (made on entry to the method that has them).</summary>
    private static IEnumerable<FeedElement> Search(FeedElement item, string localName) =>
        item.Descendants().Where(e => FeedNamespaces.IsMediaRss(e.Namespace) && e.LocalName == localName
            && e.Ancestors().TakeWhile(a => a != item).All(a => FeedNamespaces.IsMediaRss(a.Namespace)));

    public static string? Title(FeedElement item) => XmlReading.Clean(All(item, "title").FirstOrDefault()?.Value);

    public static string? Description(FeedElement item) => XmlReading.Clean(All(item, "description").FirstOrDefault()?.Value);

    public static IEnumerable<string> Categories(FeedElement item) =>
        All(item, "category").Select(c => XmlReading.Clean(c.Value)).OfType<string>();

    /// <summary>media:keywords, each a comma-separated list.</summary>
    public static IEnumerable<string> Keywords(FeedElement item) => All(item, "keywords").Select(k => k.Value);

    public static string? Thumbnail(FeedElement item, Uri? documentUri)
    {
        var thumbnail = All(item, "thumbnail").FirstOrDefault(t => t.Attribute("url") is not null);
        return thumbnail?.Resolve(XmlReading.Clean(thumbnail.Attribute("url")), documentUri);
    }

    /// <summary>
    /// The first picture among the media:content files: medium="image", or a type of image/*; for an item or channel
    /// with no thumbnail.
    /// </summary>
    public static string? Picture(FeedElement parent, Uri? documentUri)
    {
        var picture = All(parent, "content").FirstOrDefault(c => c.Attribute("url") is not null
            && (string.Equals(c.Attribute("medium")?.Trim(), "image", StringComparison.OrdinalIgnoreCase)
                || (c.Attribute("type")?.Trim().StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false)));
        return picture?.Resolve(XmlReading.Clean(picture.Attribute("url")), documentUri);
    }

    /// <summary>The duration, in seconds, of the first media:content that gives one.</summary>
    public static TimeSpan? Duration(FeedElement item) =>
        All(item, "content").Select(c => Durations.Seconds(c.Attribute("duration"))).FirstOrDefault(d => d is not null);

    /// <summary>media:content files as enclosures (url, type, fileSize).</summary>
    public static IEnumerable<Enclosure> Contents(FeedElement item, Uri? documentUri) =>
        All(item, "content").Select(c => (Element: c, Url: c.Resolve(XmlReading.Clean(c.Attribute("url")), documentUri)))
            .Where(c => c.Url is not null)
            .Select(c => new Enclosure(c.Url!, XmlReading.Clean(c.Element.Attribute("type")),
                long.TryParse(c.Element.Attribute("fileSize"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null));

    /// <summary>
    /// An item's enclosures: its own (<paramref name="enclosures"/>, null for none), then its media:content files, the
    /// first of each URL. Shared by the RSS and Atom adapters; no list is made for an item that has neither.
    /// </summary>
    public static IReadOnlyList<Enclosure> WithContents(List<Enclosure>? enclosures, FeedElement item, Uri? documentUri)
    {
        if (FeedNamespaces.Extensions(item).MediaRss)
        {
            (enclosures ??= []).AddRange(Contents(item, documentUri));
        }

        return enclosures is null ? Array.Empty<Enclosure>() : enclosures.Count < 2 ? enclosures : [.. enclosures.DistinctBy(e => e.Url, StringComparer.Ordinal)];
    }
}
