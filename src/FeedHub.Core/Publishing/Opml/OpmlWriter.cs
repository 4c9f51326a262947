using System.Text;
using System.Xml;

namespace FeedHub.Core.Publishing.Opml;

/// <summary>
/// Writes an OPML 2.0 subscription list (http://opml.org/spec2.opml): head with title, dateCreated in RFC 822 (optional) and
/// ownerId (no docs element: the W3C validator, which readers' import follows, rejects it); one outline per feed, type "rss" for every feed format as the spec asks, folders as nested outlines.
/// Written on XmlWriter because no maintained .NET package writes OPML.
/// </summary>
public static class OpmlWriter
{
    /// <summary>The list; <paramref name="created"/> is left out when null, so that the same outlines give the same bytes.</summary>
    public static byte[] Write(string title, DateTimeOffset? created, IReadOnlyList<OpmlOutline> outlines, Uri? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", title);
            if (created is { } date)
            {
                xml.WriteElementString("dateCreated", Rfc822.Format(date));
            }

            if (ownerId is not null)
            {
                xml.WriteElementString("ownerId", ownerId.AbsoluteUri);
            }

            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var outline in outlines)
            {
                WriteOutline(xml, outline);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteOutline(XmlWriter xml, OpmlOutline outline)
    {
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("text", outline.Text);
        if (outline.XmlUrl is not null)
        {
            xml.WriteAttributeString("type", "rss");
            xml.WriteAttributeString("title", outline.Text);
            xml.WriteAttributeString("xmlUrl", outline.XmlUrl.AbsoluteUri);
        }

        Optional(xml, "htmlUrl", outline.HtmlUrl?.AbsoluteUri);
        Optional(xml, "description", outline.Description);
        Optional(xml, "language", outline.Language);
        foreach (var child in outline.Children)
        {
            WriteOutline(xml, child);
        }

        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, value);
        }
    }
}
