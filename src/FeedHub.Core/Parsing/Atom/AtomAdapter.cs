using System.Globalization;
using System.Xml.Linq;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Extensions;

namespace FeedHub.Core.Parsing.Atom;

/// <summary>Maps Atom 1.0 and Atom 0.3 documents to the normalized model; 0.3's renamed elements are read as their 1.0 twins.</summary>
internal static class AtomAdapter
{
    public static ParsedFeed Adapt(XElement feed, FeedFormat format, Uri? documentUri)
    {
        var ns = feed.Name.Namespace;
        return new ParsedFeed
        {
            Format = format,
            Title = AtomText.Read(feed.Element(ns + "title")),
            Link = AlternateLink(feed, documentUri),
            Description = AtomText.Read(feed.Element(ns + "subtitle") ?? feed.Element(ns + "tagline")),
            Language = LanguageTag.Normalize(feed.Attribute(FeedNamespaces.Xml + "lang")?.Value),
            Updated = DateParser.Parse(feed.ChildText(ns + "updated") ?? feed.ChildText(ns + "modified")),
            Image = feed.Resolve(feed.ChildText(ns + "logo") ?? feed.ChildText(ns + "icon"), documentUri),
            Generator = feed.ChildText(ns + "generator"),
            Rights = AtomText.Read(feed.Element(ns + "rights") ?? feed.Element(ns + "copyright")),
            Authors = People(feed, documentUri),
            Items = [.. feed.Elements(ns + "entry").Select(entry => AdaptEntry(entry, documentUri))],
        };
    }

    private static FeedItem AdaptEntry(XElement entry, Uri? documentUri)
    {
        var ns = entry.Name.Namespace;
        var link = AlternateLink(entry, documentUri);
        return new FeedItem
        {
            Id = entry.ChildText(ns + "id") ?? link,
            Title = AtomText.Read(entry.Element(ns + "title")) ?? MediaRss.Title(entry),
            Link = link,
            Published = DateParser.Parse(entry.ChildText(ns + "published") ?? entry.ChildText(ns + "issued")),
            Updated = DateParser.Parse(LastText(entry, ns + "updated") ?? LastText(entry, ns + "modified")),
            Summary = AtomText.Read(entry.Element(ns + "summary")) ?? MediaRss.Description(entry),
            Content = AtomText.Read(entry.Element(ns + "content")),
            Authors = People(entry, documentUri),
            Categories = [.. entry.Elements(ns + "category")
                .Select(c => XmlReading.Clean(c.Attribute("term")?.Value) ?? XmlReading.Clean(c.Value)).OfType<string>()
                .Concat(MediaRss.Categories(entry))],
            Enclosures = [.. Links(entry, "enclosure").Select(l => EnclosureOf(l, documentUri)).OfType<Enclosure>()
                .Concat(MediaRss.Contents(entry, documentUri)).DistinctBy(e => e.Url, StringComparer.Ordinal)],
            Image = MediaRss.Thumbnail(entry, documentUri),
        };
    }

    /// <summary>The last of repeated elements wins, as later values overwrite earlier ones in feedparser.</summary>
    private static string? LastText(XElement parent, XName name) => XmlReading.Clean(parent.Elements(name).LastOrDefault()?.Value);

    private static string? AlternateLink(XElement parent, Uri? documentUri)
    {
        var link = Links(parent, "alternate").FirstOrDefault();
        return link is null ? null : link.Resolve(XmlReading.Clean(link.Attribute("href")?.Value), documentUri);
    }

    private static IEnumerable<XElement> Links(XElement parent, string rel) =>
        parent.Elements(parent.Name.Namespace + "link")
            .Where(l => string.Equals(l.Attribute("rel")?.Value?.Trim() ?? "alternate", rel, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<Person> People(XElement parent, Uri? documentUri)
    {
        var ns = parent.Name.Namespace;
        return [.. parent.Elements(ns + "author")
            .Select(a => new Person(a.ChildText(ns + "name"), a.ChildText(ns + "email"), a.Resolve(a.ChildText(ns + "uri") ?? a.ChildText(ns + "url") ?? a.ChildText(ns + "homepage"), documentUri)))
            .Where(p => !p.IsEmpty)];
    }

    private static Enclosure? EnclosureOf(XElement link, Uri? documentUri)
    {
        var href = link.Resolve(XmlReading.Clean(link.Attribute("href")?.Value), documentUri);
        if (href is null)
        {
            return null;
        }

        var length = long.TryParse(link.Attribute("length")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return new Enclosure(href, XmlReading.Clean(link.Attribute("type")?.Value), length);
    }
}
