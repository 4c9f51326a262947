using System.Globalization;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Extensions;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Atom;

/// <summary>Maps Atom 1.0 and Atom 0.3 documents to the normalized model; 0.3's renamed elements are read as their 1.0 twins.</summary>
internal static class AtomAdapter
{
    public static ParsedFeed Adapt(FeedElement feed, FeedFormat format, Uri? documentUri)
    {
        var ns = feed.Namespace;
        return new ParsedFeed
        {
            Format = format,
            Title = AtomText.Read(feed.Element(ns, "title"), documentUri),
            Link = AlternateLink(feed, documentUri),
            Description = AtomText.Read(feed.Element(ns, "subtitle") ?? feed.Element(ns, "tagline"), documentUri),
            Language = LanguageTag.Normalize(feed.Attribute(FeedNamespaces.Xml, "lang")),
            Updated = DateParser.Parse(feed.ChildText(ns, "updated") ?? feed.ChildText(ns, "modified")),
            Image = feed.Resolve(feed.ChildText(ns, "logo") ?? feed.ChildText(ns, "icon"), documentUri),
            Generator = feed.ChildText(ns, "generator"),
            Rights = AtomText.Read(feed.Element(ns, "rights") ?? feed.Element(ns, "copyright"), documentUri),
            Authors = People(feed, documentUri),
            Items = [.. feed.Elements(ns, "entry").Select(entry => AdaptEntry(entry, documentUri))],
        };
    }

    private static FeedItem AdaptEntry(FeedElement entry, Uri? documentUri)
    {
        var ns = entry.Namespace;
        var link = AlternateLink(entry, documentUri);
        return new FeedItem
        {
            Id = entry.ChildText(ns, "id") ?? link,
            Title = AtomText.Read(entry.Element(ns, "title"), documentUri) ?? MediaRss.Title(entry),
            Link = link,
            Published = DateParser.Parse(entry.ChildText(ns, "published") ?? entry.ChildText(ns, "issued")),
            Updated = DateParser.Parse(entry.LastChildText(ns, "updated") ?? entry.LastChildText(ns, "modified")),
            Summary = AtomText.Read(entry.Element(ns, "summary"), documentUri) ?? MediaRss.Description(entry),
            Content = AtomText.Read(entry.Element(ns, "content"), documentUri),
            Authors = People(entry, documentUri),
            Categories = [.. entry.Elements(ns, "category")
                .Select(c => XmlReading.Clean(c.Attribute("term")) ?? XmlReading.Clean(c.Value)).OfType<string>()
                .Concat(MediaRss.Categories(entry))],
            Enclosures = [.. Links(entry, "enclosure").Select(l => EnclosureOf(l, documentUri)).OfType<Enclosure>()
                .Concat(MediaRss.Contents(entry, documentUri)).DistinctBy(e => e.Url, StringComparer.Ordinal)],
            Image = MediaRss.Thumbnail(entry, documentUri),
            Language = LanguageTag.Normalize(entry.Attribute(FeedNamespaces.Xml, "lang")),
        };
    }

    private static string? AlternateLink(FeedElement parent, Uri? documentUri)
    {
        var link = Links(parent, "alternate").FirstOrDefault();
        return link is null ? null : link.Resolve(XmlReading.Clean(link.Attribute("href")), documentUri);
    }

    private static IEnumerable<FeedElement> Links(FeedElement parent, string rel) =>
        parent.Elements(parent.Namespace, "link")
            .Where(l => string.Equals(l.Attribute("rel")?.Trim() ?? "alternate", rel, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<Person> People(FeedElement parent, Uri? documentUri)
    {
        var ns = parent.Namespace;
        return [.. parent.Elements(ns, "author")
            .Select(a => new Person(a.ChildText(ns, "name"), a.ChildText(ns, "email"), a.Resolve(a.ChildText(ns, "uri") ?? a.ChildText(ns, "url") ?? a.ChildText(ns, "homepage"), documentUri)))
            .Where(p => !p.IsEmpty)];
    }

    private static Enclosure? EnclosureOf(FeedElement link, Uri? documentUri)
    {
        var href = link.Resolve(XmlReading.Clean(link.Attribute("href")), documentUri);
        if (href is null)
        {
            return null;
        }

        var length = long.TryParse(link.Attribute("length"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return new Enclosure(href, XmlReading.Clean(link.Attribute("type")), length);
    }
}
