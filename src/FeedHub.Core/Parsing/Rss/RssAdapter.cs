using System.Globalization;
using FeedHub.Core.Model;
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
            Title = Text(channel, "title") ?? channel.ChildText(Dc, "title"),
            Link = channel.Resolve(Text(channel, "link"), documentUri),
            Description = MarkupText.HtmlOrEmpty(Child(channel, "description"), documentUri) ?? channel.ChildText(Dc, "description")
                ?? ITunes.Text(channel, "subtitle") ?? ITunes.Text(channel, "summary"),
            Language = LanguageTag.Normalize(Text(channel, "language") ?? channel.ChildText(Dc, "language")),
            Updated = DateParser.Parse(Text(channel, "lastBuildDate") ?? Text(channel, "pubDate") ?? channel.ChildText(Dc, "date") ?? channel.ChildText(DcTerms, "modified")),
            Image = ImageOf(root, channel, documentUri),
            Generator = Text(channel, "generator"),
            Rights = Text(channel, "copyright") ?? channel.ChildText(Dc, "rights"),
            Authors = People(channel, ChannelPeople),
            Schedule = Schedule.Read(channel),
        };
        return new ParsedDocument(feed, [.. items.Select(item => AdaptItem(item, documentUri))]);
    }

    private static ParsedItem AdaptItem(FeedElement item, Uri? documentUri)
    {
        var guid = Child(item, "guid");
        var guidText = XmlReading.Clean(guid?.Value);
        var about = XmlReading.Clean(item.Attribute(Rdf, "about"));
        var link = Text(item, "link") ?? (IsPermaLink(guid) ? guidText : null) ?? about;
        var (summary, secondSummary) = SummaryElements(item);
        var fields = new FeedItem
        {
            Id = guidText ?? about ?? link,
            Title = Text(item, "title") ?? item.ChildText(Dc, "title") ?? MediaRss.Title(item),
            Link = item.Resolve(link, documentUri),
            Published = DateParser.Parse(Text(item, "pubDate") ?? item.ChildText(Dc, "date") ?? item.ChildText(DcTerms, "issued")),
            Updated = DateParser.Parse(item.ChildText(Atom10, "updated") ?? item.ChildText(DcTerms, "modified")),
            Comments = item.Resolve(Text(item, "comments"), documentUri),
            Authors = People(item, ItemPeople) is { Count: > 0 } authors ? authors : ITunesAuthor(item),
            Categories = [.. RssCategories.Read(item)],
            Enclosures = Enclosures(item, documentUri),
            Image = MediaRss.Thumbnail(item, documentUri) ?? item.Resolve(ITunes.Image(item), documentUri),
            Duration = ITunes.Duration(item) ?? MediaRss.Duration(item),
            Source = Child(item, "source") is { } source ? SourceOf(source, documentUri) : null,
        };
        return new ParsedItem(
            fields,
            MarkupText.DeferHtml(summary, documentUri) ?? DeferredText.Of(item.ChildText(Dc, "description") ?? ITunes.Text(item, "summary")
                ?? ITunes.Text(item, "subtitle") ?? MediaRss.Description(item)),
            MarkupText.DeferHtml(item.Element(Content, "encoded") ?? item.Element(Xhtml, "body") ?? Child(item, "fullitem") ?? secondSummary, documentUri));
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

    /// <summary>The people named by these RSS elements, then by dc:creator and dc:author, without repeats.</summary>
    private static List<Person> People(FeedElement parent, string[] names)
    {
        var people = new List<Person>();
        foreach (var pass in (ReadOnlySpan<bool>)[true, false])
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

    private static readonly string[] ChannelPeople = ["author", "managingEditor", "webMaster"];

    private static List<Person> ITunesAuthor(FeedElement item) => PersonParser.Parse(ITunes.Text(item, "author")) is { } person ? [person] : [];

    private static string? ImageOf(FeedElement root, FeedElement channel, Uri? documentUri)
    {
        var image = channel.Elements().Concat(root.Elements()).FirstOrDefault(e => IsRss(e, "image"));
        var url = image is null ? null : Text(image, "url") ?? XmlReading.Clean(image.Attribute(Rdf, "resource"));
        return url is not null ? image!.Resolve(url, documentUri) : channel.Resolve(ITunes.Image(channel), documentUri);
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
