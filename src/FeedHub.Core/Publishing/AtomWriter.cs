using System.Text;
using System.Xml;
using FeedHub.Core.Text;

namespace FeedHub.Core.Publishing;

/// <summary>Writes Atom 1.0 (RFC 4287): every required element, rel=self and rel=alternate links, HTML content escaped.</summary>
public static class AtomWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(PublishedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Ns);
            if (feed.Language is not null)
            {
                xml.WriteAttributeString("xml", "lang", null, feed.Language);
            }

            xml.WriteElementString("id", Ns, feed.SelfUrl.AbsoluteUri);
            Text(xml, "title", feed.Title);
            if (feed.Description is not null)
            {
                Text(xml, "subtitle", feed.Description);
            }

            xml.WriteElementString("updated", Ns, Rfc3339.Format(feed.Updated));
            Link(xml, "self", feed.SelfUrl.AbsoluteUri, "application/atom+xml");
            Link(xml, "alternate", feed.HomeUrl.AbsoluteUri, "text/html");
            foreach (var hub in feed.Hubs)
            {
                xml.WriteStartElement("link", Ns);
                xml.WriteAttributeString("rel", "hub");
                xml.WriteAttributeString("href", hub.AbsoluteUri);
                xml.WriteEndElement();
            }

            if (feed.Archive is { } archive)
            {
                foreach (var (rel, href) in archive.Links())
                {
                    Link(xml, rel, href.AbsoluteUri, "application/atom+xml");
                }

                if (archive.IsArchive)
                {
                    xml.WriteStartElement("fh", "archive", FeedArchiveLinks.HistoryNs);
                    xml.WriteEndElement();
                }
            }

            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, "FeedHub");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Ns, "FeedHub");
            foreach (var item in feed.Items)
            {
                WriteEntry(xml, item, feed.Language);
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, PublishedItem item, string? feedLanguage)
    {
        xml.WriteStartElement("entry", Ns);
        if (item.Language is not null && !string.Equals(item.Language, feedLanguage, StringComparison.OrdinalIgnoreCase))
        {
            xml.WriteAttributeString("xml", "lang", null, item.Language);
        }

        xml.WriteElementString("id", Ns, item.Id);
        Text(xml, "title", item.Title);
        if (item.Link is not null)
        {
            Link(xml, "alternate", item.Link, "text/html");
        }

        foreach (var report in item.OtherReports)
        {
            xml.WriteStartElement("link", Ns);
            xml.WriteAttributeString("rel", "related");
            xml.WriteAttributeString("href", report.Link);
            xml.WriteAttributeString("title", Clean(report.SourceTitle));
            xml.WriteEndElement();
        }

        xml.WriteElementString("published", Ns, Rfc3339.Format(item.Published));
        xml.WriteElementString("updated", Ns, Rfc3339.Format(item.Updated));
        if (item.Author is not null)
        {
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, Clean(item.Author));
            xml.WriteEndElement();
        }

        foreach (var category in item.Categories)
        {
            xml.WriteStartElement("category", Ns);
            xml.WriteAttributeString("term", Clean(category));
            xml.WriteEndElement();
        }

        if (item.Summary is not null)
        {
            Text(xml, "summary", item.Summary);
        }

        xml.WriteStartElement("content", Ns);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(Clean(item.ContentHtml));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters that slip through from sources).</summary>
    private static string Clean(string value) =>
        value.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) ? value : new string([.. value.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]);
}
