using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Extensions;

/// <summary>iTunes podcast elements, read as fallbacks for the core fields they duplicate.</summary>
internal static class ITunes
{
    public static IEnumerable<FeedElement> Elements(FeedElement parent, string localName) =>
        !FeedNamespaces.Extensions(parent).ITunes ? [] : Search(parent, localName);

    /// <summary>As <see cref="Elements"/>, apart so that an item without iTunes elements does not pay for the lambda's closure (made on entry to the method that has it).</summary>
    private static IEnumerable<FeedElement> Search(FeedElement parent, string localName) =>
        parent.Elements().Where(e => FeedNamespaces.IsITunes(e.Namespace) && e.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    public static string? Text(FeedElement parent, string localName) => XmlReading.Clean(Elements(parent, localName).FirstOrDefault()?.Value);

    /// <summary>itunes:duration: seconds ("3723", "3723.5") or clock time ("1:02:03", "62:03"); null for anything else.</summary>
    public static TimeSpan? Duration(FeedElement item) => Durations.SecondsOrClock(Text(item, "duration"));

    /// <summary>itunes:image href (or url), or the older itunes:link rel="image".</summary>
    public static string? Image(FeedElement parent)
    {
        var image = Elements(parent, "image").Select(e => XmlReading.Clean(e.Attribute("href") ?? e.Attribute("url"))).FirstOrDefault(v => v is not null);
        return image ?? Elements(parent, "link")
            .Where(e => string.Equals(e.Attribute("rel"), "image", StringComparison.OrdinalIgnoreCase))
            .Select(e => XmlReading.Clean(e.Attribute("href"))).FirstOrDefault(v => v is not null);
    }

    /// <summary>itunes:category text attributes, nested subcategories included, in document order.</summary>
    public static IEnumerable<string> Categories(FeedElement parent) => Elements(parent, "category").SelectMany(CategoryTree);

    /// <summary>One itunes:category and its nested subcategories, in document order.</summary>
    public static IEnumerable<string> CategoryTree(FeedElement category) =>
        new[] { category }.Concat(category.Descendants())
            .Where(c => FeedNamespaces.IsITunes(c.Namespace))
            .Select(c => XmlReading.Clean(c.Attribute("text"))).OfType<string>();
}
