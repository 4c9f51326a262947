using System.Globalization;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Atom;
using FeedHub.Core.Parsing.Extensions;
using FeedHub.Core.Parsing.Markup;
using FeedHub.Core.Parsing.Xml;
using FeedHub.Core.Text;
using static FeedHub.Core.Parsing.FeedNamespaces;

namespace FeedHub.Core.Parsing.Rss;

/// <summary>
/// Maps RSS 0.9x, 1.0 (RDF) and 2.0 documents to the normalized model. The three share their element names
/// (title, link, description, item); they differ in where items sit and in namespaces, which is all this handles.
/// Elements are matched by local name, in any letter case, in the RSS namespaces and in none, since feeds mix
/// them freely. Dublin Core, iTunes and Media RSS elements fill in what the core elements leave empty.
/// </summary>
internal static class RssAdapter
{
    public static ParsedDocument Adapt(FeedElement root, FeedFormat format, Uri? documentUri)
    {
        var channel = Child(root, "channel") ?? root;
        var items = channel.Elements().Concat(root == channel ? [] : root.Elements()).Where(e => IsRss(e, "item"));
        var feed = new ParsedFeed
        {
            Format = format,
            Title = Text(channel, "title") ?? channel.ChildText(Dc, "title") ?? AtomText.Read(channel.Element(Atom10, "title"), documentUri),
            Link = LinkOf(channel) is (string raw, var from) ? from!.Resolve(raw, documentUri) : null,
            Description = MarkupText.HtmlOrEmpty(Child(channel, "description"), documentUri) ?? channel.ChildText(Dc, "description")
                ?? ITunes.Text(channel, "subtitle") ?? ITunes.Text(channel, "summary") ?? AtomText.Read(channel.Element(Atom10, "subtitle"), documentUri),
            Language = LanguageTag.Normalize(Text(channel, "language") ?? channel.ChildText(Dc, "language")
                ?? XmlReading.Clean(channel.Attribute(FeedNamespaces.Xml, "lang") ?? root.Attribute(FeedNamespaces.Xml, "lang"))),
            Updated = DateParser.Parse(Text(channel, "lastBuildDate") ?? Text(channel, "pubDate") ?? channel.ChildText(Dc, "date")
                ?? channel.ChildText(DcTerms, "modified") ?? channel.ChildText(Atom10, "updated")),
            Image = ImageOf(root, channel, documentUri),
            Generator = GeneratorOf(channel, documentUri),
            Rights = Text(channel, "copyright") ?? channel.ChildText(Dc, "rights") ?? AtomText.Read(channel.Element(Atom10, "rights"), documentUri),
            Authors = PeopleOf(channel, ChannelPeople, documentUri, lastResort: WebMaster),
            Categories = RssCategories.Read(channel),
            Schedule = Schedule.Read(channel),
        };
        return new ParsedDocument(feed, [.. items.Select(item => AdaptItem(item, documentUri))]);
    }

    private static ParsedItem AdaptItem(FeedElement item, Uri? documentUri)
    {
        var guid = Child(item, "guid");
        var guidText = XmlReading.Clean(guid?.Value);
        var about = XmlReading.Clean(item.Attribute(Rdf, "about"));
        var (rawLink, linkElement) = LinkOf(item);
        rawLink ??= (IsPermaLink(guid) ? guidText : null) ?? about;
        var link = (linkElement ?? item).Resolve(rawLink, documentUri);
        var (summary, secondSummary) = SummaryElements(item);
        var fields = new FeedItem
        {
            Id = guidText ?? item.ChildText(Atom10, "id") ?? about ?? rawLink,
            Title = Text(item, "title") ?? item.ChildText(Dc, "title") ?? AtomText.Read(item.Element(Atom10, "title"), documentUri) ?? MediaRss.Title(item),
            Link = link,
            Published = DateParser.Parse(Text(item, "pubDate") ?? item.ChildText(Dc, "date") ?? item.ChildText(DcTerms, "issued")
                ?? item.ChildText(Atom10, "published") ?? item.ChildText(Atom03, "issued")),
            Updated = DateParser.Parse(item.ChildText(Atom10, "updated") ?? item.ChildText(DcTerms, "modified") ?? item.ChildText(Atom03, "modified")),
            Comments = item.Resolve(Text(item, "comments"), documentUri),
            Authors = PeopleOf(item, ItemPeople, documentUri),
            Categories = [.. RssCategories.Read(item)],
            Enclosures = Enclosures(item, documentUri),
            Image = MediaRss.Thumbnail(item, documentUri) ?? MediaRss.Picture(item, documentUri) ?? item.Resolve(ITunes.Image(item), documentUri),
            Duration = ITunes.Duration(item) ?? MediaRss.Duration(item),
            Source = Child(item, "source") is { } source ? SourceOf(source, documentUri) : null,
        };
        return new ParsedItem(
            fields,
            MarkupText.DeferHtml(summary, documentUri) ?? DeferredText.Of(item.ChildText(Dc, "description") ?? ITunes.Text(item, "summary")
                ?? ITunes.Text(item, "subtitle")) ?? AtomText.ReadDeferred(item.Element(Atom10, "summary"), documentUri) ?? DeferredText.Of(MediaRss.Description(item)),
            MarkupText.DeferHtml(item.Element(Content, "encoded") ?? item.Element(Xhtml, "body") ?? Child(item, "fullitem"), documentUri)
                ?? AtomText.ReadDeferred(item.Element(Atom10, "content"), documentUri) ?? MarkupText.DeferHtml(secondSummary, documentUri));
    }

    /// <summary>
    /// An item may carry both description and a (non-standard) summary: the first one is the summary and the
    /// second stands in for the content when there is no content:encoded.
    /// </summary>
    private static (FeedElement? Summary, FeedElement? Second) SummaryElements(FeedElement item)
    {
        FeedElement? first = null;
        foreach (var node in item.Nodes)
        {
            if (node is FeedElement element && (IsRss(element, "description") || IsRss(element, "summary")))
            {
                if (first is not null)
                {
                    return (first, element);
                }

                first = element;
            }
        }

        return (first, null);
    }

    /// <summary>RSS 2.0 source: the channel's title as text and its feed URL in the url attribute.</summary>
    private static FeedSource? SourceOf(FeedElement source, Uri? documentUri) =>
        FeedSource.Of(XmlReading.Clean(source.Value), source.Resolve(XmlReading.Clean(source.Attribute("url")), documentUri));

    private static bool IsPermaLink(FeedElement? guid) =>
        guid is not null
        && !string.Equals(guid.Attribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>
    /// The first usable link, in document order: an RSS link's text, or the href of an RSS or Atom link whose rel is
    /// alternate or absent (atom:link rel="self" and rel="hub" are skipped, as is an empty link).
    /// </summary>
    private static (string? Link, FeedElement? From) LinkOf(FeedElement parent)
    {
        foreach (var node in parent.Nodes)
        {
            if (node is not FeedElement link || !link.LocalName.Equals("link", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rss = IsRssNamespace(link.Namespace);
            if (!rss && link.Namespace is not (Atom10 or Atom03))
            {
                continue;
            }

            if (XmlReading.Clean(link.Attribute("href")) is { } href)
            {
                if (string.Equals(link.Attribute("rel")?.Trim() ?? "alternate", "alternate", StringComparison.OrdinalIgnoreCase))
                {
                    return (href, link);
                }
            }
            else if (rss && XmlReading.Clean(link.Value) is { } text)
            {
                return (text, link);
            }
        }

        return default;
    }

    /// <summary>The generator's name (RSS generator), with admin:generatorAgent's rdf:resource as its URI, or Atom's generator.</summary>
    private static FeedGenerator? GeneratorOf(FeedElement channel, Uri? documentUri)
    {
        var agent = channel.Element("http://webns.net/mvcb/", "generatorAgent");
        return FeedGenerator.Of(Text(channel, "generator"), null, channel.Resolve(XmlReading.Clean(agent?.Attribute(Rdf, "resource")), documentUri))
            ?? AtomAdapter.GeneratorOf(channel.Element(Atom10, "generator"), documentUri);
    }

    /// <summary>
    /// The people of these RSS elements, dc:creator and dc:author; else atom:author; else itunes:author; else those of
    /// <paramref name="lastResort"/> (a channel's webMaster: a technical contact, after every element that names an author).
    /// </summary>
    private static List<Person> PeopleOf(FeedElement parent, string[] names, Uri? documentUri, string[]? lastResort = null)
    {
        var people = People(parent, names);
        if (people.Count == 0)
        {
            people = AtomAdapter.People(parent, documentUri, Atom10);
        }

        if (people.Count == 0)
        {
            people = ITunesAuthor(parent);
        }

        return people.Count > 0 || lastResort is null ? people : People(parent, lastResort, dublinCore: false);
    }

    /// <summary>The people named by these RSS elements, then by dc:creator and dc:author, without repeats.</summary>
    private static List<Person> People(FeedElement parent, string[] names, bool dublinCore = true)
    {
        var people = new List<Person>();
        foreach (var pass in dublinCore ? (ReadOnlySpan<bool>)[true, false] : [true])
        {
            foreach (var node in parent.Nodes)
            {
                if (node is FeedElement e && (pass ? IsAnyRss(e, names) : e.Is(Dc, "creator") || e.Is(Dc, "author"))
                    && PersonParser.Parse(e.Value) is { } person && !people.Contains(person))
                {
                    people.Add(person);
                }
            }
        }

        return people;
    }

    private static bool IsAnyRss(FeedElement element, string[] names)
    {
        foreach (var name in names)
        {
            if (IsRss(element, name))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ItemPeople = ["author"];

    private static readonly string[] ChannelPeople = ["author", "managingEditor"];

    private static readonly string[] WebMaster = ["webMaster"];

    private static List<Person> ITunesAuthor(FeedElement parent) => PersonParser.Parse(ITunes.Text(parent, "author")) is { } person ? [person] : [];

    private static string? ImageOf(FeedElement root, FeedElement channel, Uri? documentUri)
    {
        var image = channel.Elements().Concat(root.Elements()).FirstOrDefault(e => IsRss(e, "image"));
        var url = image is null ? null : Text(image, "url") ?? XmlReading.Clean(image.Attribute(Rdf, "resource"));
        return url is not null ? image!.Resolve(url, documentUri)
            : channel.Resolve(ITunes.Image(channel), documentUri) ?? MediaRss.Thumbnail(channel, documentUri) ?? MediaRss.Picture(channel, documentUri)
            ?? channel.Resolve(channel.ChildText(Atom10, "logo") ?? channel.ChildText(Atom10, "icon"), documentUri);
    }

    private static IReadOnlyList<Enclosure> Enclosures(FeedElement item, Uri? documentUri)
    {
        List<Enclosure>? enclosures = null;
        foreach (var node in item.Nodes)
        {
            if (node is FeedElement e && IsRss(e, "enclosure") && EnclosureOf(e, documentUri) is { } enclosure)
            {
                (enclosures ??= []).Add(enclosure);
            }
        }

        return MediaRss.WithContents(enclosures, item, documentUri);
    }

    private static Enclosure? EnclosureOf(FeedElement element, Uri? documentUri)
    {
        var url = element.Resolve(XmlReading.Clean(element.Attribute("url")), documentUri);
        if (url is null)
        {
            return null;
        }

        var length = long.TryParse(element.Attribute("length"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return new Enclosure(url, XmlReading.Clean(element.Attribute("type")), length);
    }

    private static FeedElement? Child(FeedElement parent, string localName)
    {
        foreach (var node in parent.Nodes)
        {
            if (node is FeedElement element && IsRss(element, localName))
            {
                return element;
            }
        }

        return null;
    }

    internal static string? Text(FeedElement parent, string localName) => XmlReading.Clean(Child(parent, localName)?.Value);

    /// <summary>An RSS element: the name, in any letter case, in no namespace or in one RSS has been published in.</summary>
    internal static bool IsRss(FeedElement element, string localName) =>
        element.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase) && IsRssNamespace(element.Namespace);
}
