using System.Globalization;
using System.Xml.Linq;
using FeedHub.Core.Model;
using static FeedHub.Core.Parsing.FeedNamespaces;

namespace FeedHub.Core.Parsing.Rss;

/// <summary>
/// Maps RSS 0.9x, 1.0 (RDF) and 2.0 documents to the normalized model. The three share their element names
/// (title, link, description, item); they differ in where items sit and in namespaces, which is all this handles.
/// Elements are matched by local name in the RSS namespaces and in none, since feeds mix them freely.
/// </summary>
internal static class RssAdapter
{
    public static ParsedFeed Adapt(XElement root, FeedFormat format, Uri? documentUri)
    {
        var channel = root.ChildLocal("channel") ?? root;
        var items = channel.Elements().Concat(root == channel ? [] : root.Elements()).Where(e => IsRss(e, "item"));
        return new ParsedFeed
        {
            Format = format,
            Title = Text(channel, "title") ?? channel.ChildText(Dc + "title"),
            Link = channel.Resolve(Text(channel, "link"), documentUri),
            Description = Text(channel, "description") ?? channel.ChildText(Dc + "description"),
            Language = Text(channel, "language") ?? channel.ChildText(Dc + "language"),
            Updated = DateParser.Parse(Text(channel, "lastBuildDate") ?? Text(channel, "pubDate") ?? channel.ChildText(Dc + "date") ?? channel.ChildText(DcTerms + "modified")),
            Image = ImageOf(root, channel, documentUri),
            Generator = Text(channel, "generator"),
            Rights = Text(channel, "copyright") ?? channel.ChildText(Dc + "rights"),
            Authors = People(channel, "author", "managingEditor", "webMaster"),
            Items = [.. items.Select(item => AdaptItem(item, documentUri))],
        };
    }

    private static FeedItem AdaptItem(XElement item, Uri? documentUri)
    {
        var guid = item.Elements().FirstOrDefault(e => IsRss(e, "guid"));
        var guidText = XmlReading.Clean(guid?.Value);
        var about = XmlReading.Clean(item.Attribute(Rdf + "about")?.Value);
        var link = Text(item, "link") ?? (IsPermaLink(guid) ? guidText : null) ?? about;
        return new FeedItem
        {
            Id = guidText ?? about ?? link,
            Title = Text(item, "title") ?? item.ChildText(Dc + "title"),
            Link = item.Resolve(link, documentUri),
            Published = DateParser.Parse(Text(item, "pubDate") ?? item.ChildText(Dc + "date") ?? item.ChildText(DcTerms + "issued")),
            Updated = DateParser.Parse(item.ChildText(Atom10 + "updated") ?? item.ChildText(DcTerms + "modified")),
            Summary = Text(item, "description") ?? item.ChildText(Dc + "description"),
            Content = item.ChildText(Content + "encoded"),
            Comments = item.Resolve(Text(item, "comments"), documentUri),
            Authors = People(item, "author"),
            Categories = [.. item.Elements().Where(e => IsRss(e, "category") || e.Name == Dc + "subject")
                .Select(e => XmlReading.Clean(e.Value)).OfType<string>()],
            Enclosures = [.. item.Elements().Where(e => IsRss(e, "enclosure")).Select(e => EnclosureOf(e, documentUri)).OfType<Enclosure>()],
        };
    }

    private static bool IsPermaLink(XElement? guid) =>
        guid is not null
        && !string.Equals(guid.Attribute("isPermaLink")?.Value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static IReadOnlyList<Person> People(XElement parent, params string[] names)
    {
        var rssPeople = parent.Elements().Where(e => names.Any(n => IsRss(e, n)));
        var dcPeople = parent.Elements(Dc + "creator").Concat(parent.Elements(Dc + "author"));
        return [.. rssPeople.Concat(dcPeople).Select(e => PersonParser.Parse(e.Value)).OfType<Person>().Distinct()];
    }

    private static string? ImageOf(XElement root, XElement channel, Uri? documentUri)
    {
        var image = channel.Elements().Concat(root.Elements()).FirstOrDefault(e => IsRss(e, "image"));
        var url = image is null ? null : Text(image, "url") ?? XmlReading.Clean(image.Attribute(Rdf + "resource")?.Value);
        return image?.Resolve(url, documentUri);
    }

    private static Enclosure? EnclosureOf(XElement element, Uri? documentUri)
    {
        var url = element.Resolve(XmlReading.Clean(element.Attribute("url")?.Value), documentUri);
        if (url is null)
        {
            return null;
        }

        var length = long.TryParse(element.Attribute("length")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return new Enclosure(url, XmlReading.Clean(element.Attribute("type")?.Value), length);
    }

    private static string? Text(XElement parent, string localName) =>
        XmlReading.Clean(parent.Elements().FirstOrDefault(e => IsRss(e, localName))?.Value);

    /// <summary>An RSS element: the name in no namespace, or in one of the namespaces RSS has been published in.</summary>
    private static bool IsRss(XElement element, string localName) =>
        element.Name.LocalName == localName
        && (element.Name.Namespace == XNamespace.None || element.Name.Namespace == Rss10 || element.Name.Namespace == Rss090
            || element.Name.Namespace == Rss20Userland || element.Name.Namespace == Rss20Harvard);
}
