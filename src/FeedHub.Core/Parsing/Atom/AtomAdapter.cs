using System.Globalization;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Extensions;
using FeedHub.Core.Parsing.Xml;
using FeedHub.Core.Text;

namespace FeedHub.Core.Parsing.Atom;

/// <summary>Maps Atom 1.0 and Atom 0.3 documents to the normalized model; 0.3's renamed elements are read as their 1.0 twins.</summary>
internal static class AtomAdapter
{
    public static ParsedDocument Adapt(FeedElement feed, FeedFormat format, Uri? documentUri)
    {
        var ns = feed.Namespace;
        var parsed = new ParsedFeed
        {
            Format = format,
            Title = AtomText.Read(feed.Element(ns, "title"), documentUri),
            Link = AlternateLink(feed, documentUri),
            Description = AtomText.Read(feed.Element(ns, "subtitle") ?? feed.Element(ns, "tagline"), documentUri),
            Language = LanguageTag.Normalize(feed.Attribute(FeedNamespaces.Xml, "lang")),
            Updated = DateParser.Parse(feed.ChildText(ns, "updated") ?? feed.ChildText(ns, "modified")),
            Image = feed.Resolve(feed.ChildText(ns, "logo") ?? feed.ChildText(ns, "icon"), documentUri) ?? MediaRss.Thumbnail(feed, documentUri),
            Generator = GeneratorOf(feed.Element(ns, "generator"), documentUri),
            Rights = AtomText.Read(feed.Element(ns, "rights") ?? feed.Element(ns, "copyright"), documentUri),
            Authors = People(feed, documentUri),
            Categories = Categories(feed),
            Schedule = Schedule.Read(feed),
        };
        return new ParsedDocument(parsed, Entries(feed, documentUri));
    }

    private static List<ParsedItem> Entries(FeedElement feed, Uri? documentUri)
    {
        var items = new List<ParsedItem>();
        foreach (var node in feed.Nodes)
        {
            if (node is FeedElement entry && entry.Is(feed.Namespace, "entry"))
            {
                items.Add(AdaptEntry(entry, documentUri));
            }
        }

        return items;
    }

    private static ParsedItem AdaptEntry(FeedElement entry, Uri? documentUri)
    {
        var ns = entry.Namespace;
        var link = AlternateLink(entry, documentUri);
        var fields = new FeedItem
        {
            Id = entry.ChildText(ns, "id") ?? link,
            Title = AtomText.Read(entry.Element(ns, "title"), documentUri) ?? MediaRss.Title(entry),
            Link = link,
            Published = DateParser.Parse(entry.ChildText(ns, "published") ?? entry.ChildText(ns, "issued")),
            Updated = DateParser.Parse(entry.LastChildText(ns, "updated") ?? entry.LastChildText(ns, "modified")),
            Authors = People(entry, documentUri),
            Categories = Categories(entry),
            Enclosures = Enclosures(entry, documentUri),
            Image = MediaRss.Thumbnail(entry, documentUri) ?? MediaRss.Picture(entry, documentUri),
            Language = LanguageTag.Normalize(entry.Attribute(FeedNamespaces.Xml, "lang")),
            Duration = MediaRss.Duration(entry) ?? ITunes.Duration(entry),
            Source = entry.Element(ns, "source") is { } source ? SourceOf(source, documentUri) : null,
        };
        return new ParsedItem(
            fields,
            AtomText.ReadDeferred(entry.Element(ns, "summary"), documentUri) ?? DeferredText.Of(MediaRss.Description(entry)),
            AtomText.ReadDeferred(entry.Element(ns, "content"), documentUri));
    }

    /// <summary>Atom source: the original feed's title, and its alternate link, else its self link, else its id.</summary>
    private static FeedSource? SourceOf(FeedElement source, Uri? documentUri)
    {
        var ns = source.Namespace;
        var url = AlternateLink(source, documentUri) ?? LinkHref(source, "self", documentUri) ?? source.ChildText(ns, "id");
        return FeedSource.Of(AtomText.Read(source.Element(ns, "title"), documentUri), url);
    }

    /// <summary>category terms (or text), then Media RSS categories and keywords; of an entry or of the feed.</summary>
    private static List<string> Categories(FeedElement entry)
    {
        var categories = new List<string>();
        foreach (var node in entry.Nodes)
        {
            if (node is FeedElement category && category.Is(entry.Namespace, "category")
                && (XmlReading.Clean(category.Attribute("term")) ?? XmlReading.Clean(category.Value)) is { } value)
            {
                categories.Add(value);
            }
        }

        if (FeedNamespaces.Extensions(entry).MediaRss)
        {
            categories.AddRange(MediaRss.Categories(entry));
            foreach (var keywords in MediaRss.Keywords(entry))
            {
                Rss.RssCategories.AddList(categories, keywords);
            }
        }

        return categories;
    }

    /// <summary>rel="enclosure" links, then Media RSS content, the first of each URL.</summary>
    private static IReadOnlyList<Enclosure> Enclosures(FeedElement entry, Uri? documentUri)
    {
        List<Enclosure>? enclosures = null;
        foreach (var node in entry.Nodes)
        {
            if (node is FeedElement link && IsLink(entry, link, "enclosure") && EnclosureOf(link, documentUri) is { } enclosure)
            {
                (enclosures ??= []).Add(enclosure);
            }
        }

        return MediaRss.WithContents(enclosures, entry, documentUri);
    }

    private static string? AlternateLink(FeedElement parent, Uri? documentUri) => LinkHref(parent, "alternate", documentUri);

    /// <summary>The resolved href of the first link child with this relation, or null.</summary>
    private static string? LinkHref(FeedElement parent, string rel, Uri? documentUri)
    {
        foreach (var node in parent.Nodes)
        {
            if (node is FeedElement link && IsLink(parent, link, rel))
            {
                // A link written with its URL as text rather than in href (hand-made Atom 0.3) is read as the href.
                return link.Resolve(XmlReading.Clean(link.Attribute("href") ?? link.Value), documentUri);
            }
        }

        return null;
    }

    /// <summary>A link child of <paramref name="parent"/> with this relation (a link without rel is the alternate).</summary>
    private static bool IsLink(FeedElement parent, FeedElement link, string rel) =>
        link.Is(parent.Namespace, "link") && string.Equals(link.Attribute("rel")?.Trim() ?? "alternate", rel, StringComparison.OrdinalIgnoreCase);

    /// <summary>generator: its text is the name; version and uri (Atom 0.3: url) are attributes.</summary>
    internal static FeedGenerator? GeneratorOf(FeedElement? generator, Uri? documentUri) =>
        generator is null ? null : FeedGenerator.Of(
            XmlReading.Clean(generator.Value),
            XmlReading.Clean(generator.Attribute("version")),
            generator.Resolve(XmlReading.Clean(generator.Attribute("uri") ?? generator.Attribute("url")), documentUri));

    /// <summary>The author children of an element in its namespace; the RSS adapter reads atom:author with the same rules.</summary>
    internal static List<Person> People(FeedElement parent, Uri? documentUri, string? ns = null)
    {
        ns ??= parent.Namespace;
        var people = new List<Person>();
        foreach (var node in parent.Nodes)
        {
            if (node is FeedElement a && a.Is(ns, "author"))
            {
                var person = new Person(a.ChildText(ns, "name"), a.ChildText(ns, "email"), a.Resolve(a.ChildText(ns, "uri") ?? a.ChildText(ns, "url") ?? a.ChildText(ns, "homepage"), documentUri));
                if (!person.IsEmpty)
                {
                    people.Add(person);
                }
            }
        }

        return people;
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
