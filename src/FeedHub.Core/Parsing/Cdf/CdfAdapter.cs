using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Cdf;

/// <summary>
/// Maps Microsoft's Channel Definition Format (1997, the push-channel predecessor of RSS) to the normalized model:
/// CHANNEL and ITEM carry their link in HREF and their date in LASTMOD; TITLE and ABSTRACT are child elements.
/// Names are matched in any letter case, as CDF files were written in upper and lower case alike.
/// </summary>
internal static class CdfAdapter
{
    public static ParsedDocument Adapt(FeedElement channel, Uri? documentUri) => new(
        new ParsedFeed
        {
            Format = FeedFormat.Cdf,
            Title = Text(channel, "title"),
            Link = channel.Resolve(Attribute(channel, "href"), documentUri),
            Description = Text(channel, "abstract"),
            Updated = DateParser.Parse(Attribute(channel, "lastmod")),
            Image = Children(channel, "logo").Select(logo => logo.Resolve(Attribute(logo, "href"), documentUri)).FirstOrDefault(href => href is not null),
        },
        [.. channel.Descendants().Where(e => Is(e, "item")).Select(item => ParsedItem.Ready(AdaptItem(item, documentUri)))]);

    private static FeedItem AdaptItem(FeedElement item, Uri? documentUri)
    {
        var link = item.Resolve(Attribute(item, "href"), documentUri);
        return new FeedItem
        {
            Id = link,
            Title = Text(item, "title"),
            Link = link,
            Updated = DateParser.Parse(Attribute(item, "lastmod")),
            Summary = Text(item, "abstract"),
        };
    }

    public static bool Is(FeedElement element, string localName) => element.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<FeedElement> Children(FeedElement parent, string localName) => parent.Elements().Where(e => Is(e, localName));

    private static string? Text(FeedElement parent, string localName) => XmlReading.Clean(Children(parent, localName).FirstOrDefault()?.Value);

    private static string? Attribute(FeedElement element, string localName) =>
        XmlReading.Clean(element.Attributes.FirstOrDefault(a => a.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase)).Value);
}
