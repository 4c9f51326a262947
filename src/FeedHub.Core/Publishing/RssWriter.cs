using System.Text;
using System.Xml;

namespace FeedHub.Core.Publishing;

/// <summary>
/// Writes RSS 2.0 following the RSS Advisory Board's profile (what the W3C validator checks): RFC 822 dates,
/// atom:link rel=self, &amp; and &lt; written as hexadecimal references in plain-text elements, HTML in CDATA.
/// Written by hand on XmlWriter because SyndicationFeed's Rss20FeedFormatter cannot emit content:encoded as
/// CDATA nor the profile's escaping.
/// </summary>
public static class RssWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(PublishedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteAttributeString("xmlns", "content", null, ContentNs);
            xml.WriteAttributeString("xmlns", "dc", null, DcNs);
            xml.WriteStartElement("channel");
            WriteChannel(xml, feed);
            foreach (var item in feed.Items)
            {
                WriteItem(xml, item);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteChannel(XmlWriter xml, PublishedFeed feed)
    {
        Text(xml, "title", feed.Title);
        xml.WriteElementString("link", feed.HomeUrl.AbsoluteUri);
        Text(xml, "description", feed.Description ?? feed.Title);
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", feed.SelfUrl.AbsoluteUri);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var hub in feed.Hubs)
        {
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", hub.AbsoluteUri);
            xml.WriteAttributeString("rel", "hub");
            xml.WriteEndElement();
        }

        if (feed.Archive is { } archive)
        {
            foreach (var (rel, href) in archive.Links())
            {
                xml.WriteStartElement("atom", "link", AtomNs);
                xml.WriteAttributeString("href", href.AbsoluteUri);
                xml.WriteAttributeString("rel", rel);
                xml.WriteAttributeString("type", "application/rss+xml");
                xml.WriteEndElement();
            }

            if (archive.IsArchive)
            {
                xml.WriteStartElement("fh", "archive", FeedArchiveLinks.HistoryNs);
                xml.WriteEndElement();
            }
        }

        if (feed.Language is not null)
        {
            xml.WriteElementString("language", feed.Language);
        }

        xml.WriteElementString("lastBuildDate", Rfc822.Format(feed.Updated));
        xml.WriteElementString("generator", "FeedHub");
    }

    private static void WriteItem(XmlWriter xml, PublishedItem item)
    {
        xml.WriteStartElement("item");
        Text(xml, "title", item.Title);
        if (item.Link is not null)
        {
            xml.WriteElementString("link", item.Link);
        }

        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(item.Id);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc822.Format(item.Published));
        if (item.Author is not null)
        {
            xml.WriteStartElement("dc", "creator", DcNs);
            WriteProfileText(xml, item.Author);
            xml.WriteEndElement();
        }

        foreach (var category in item.Categories)
        {
            Text(xml, "category", category);
        }

        Html(xml, "description", null, item.Summary is null ? item.ContentHtml : System.Net.WebUtility.HtmlEncode(item.Summary));
        Html(xml, "encoded", ContentNs, item.ContentHtml);
        foreach (var report in item.OtherReports)
        {
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("rel", "related");
            xml.WriteAttributeString("href", report.Link);
            xml.WriteAttributeString("title", report.SourceTitle);
            xml.WriteEndElement();
        }

        if (item.SourceUrl is not null)
        {
            xml.WriteStartElement("source");
            xml.WriteAttributeString("url", item.SourceUrl);
            WriteProfileText(xml, item.SourceTitle ?? item.SourceUrl);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name);
        WriteProfileText(xml, value);
        xml.WriteEndElement();
    }

    /// <summary>Escapes as the RSS profile asks: hexadecimal references for &amp;, &lt; and &gt;.</summary>
    private static void WriteProfileText(XmlWriter xml, string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&#x26;"),
                '<' => builder.Append("&#x3C;"),
                '>' => builder.Append("&#x3E;"),
                _ when XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) => builder.Append(c),
                _ => builder,
            };
        }

        xml.WriteRaw(builder.ToString());
    }

    /// <summary>HTML goes in CDATA; a "]]&gt;" inside is split across two sections.</summary>
    private static void Html(XmlWriter xml, string name, string? ns, string html)
    {
        if (ns is null)
        {
            xml.WriteStartElement(name);
        }
        else
        {
            xml.WriteStartElement("content", name, ns);
        }

        var parts = html.Split("]]>");
        for (var i = 0; i < parts.Length; i++)
        {
            xml.WriteCData(i < parts.Length - 1 ? parts[i] + "]]" : parts[i]);
            if (i < parts.Length - 1)
            {
                xml.WriteString(">");
            }
        }

        xml.WriteEndElement();
    }
}
