using System.Xml;
using System.Xml.Linq;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Builds an XElement tree node by node from an XmlReader and, when the reader hits a fault, keeps everything read
/// before it: open elements are simply closed there. A truncated feed or one broken near its end keeps its items.
/// Written by hand because XDocument.Load is all-or-nothing; the reader underneath is still the strict, DTD-free
/// System.Xml reader, so recovery never weakens the security settings.
/// </summary>
internal static class RecoveringXmlBuilder
{
    /// <summary>Deeper nesting than any feed needs; stopping here keeps later recursive readers off the stack limit.</summary>
    public const int MaxDepth = 200;

    public static (XElement? Root, XmlException? Fault) Build(XmlReader reader)
    {
        XElement? root = null;
        var open = new Stack<XElement>();
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = StartElement(reader);
                        if (open.TryPeek(out var parent))
                        {
                            parent.Add(element);
                        }
                        else if (root is null)
                        {
                            root = element;
                        }
                        else
                        {
                            return (root, null); // content after the root element is ignored
                        }

                        if (!reader.IsEmptyElement)
                        {
                            open.Push(element);
                            if (open.Count > MaxDepth)
                            {
                                return (root, new XmlException($"elements are nested deeper than {MaxDepth} levels"));
                            }
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.TryPop(out _);
                        break;
                    case XmlNodeType.CDATA:
                        (open.TryPeek(out var cdataParent) ? cdataParent : null)?.Add(new XCData(reader.Value));
                        break;
                    case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        (open.TryPeek(out var textParent) ? textParent : null)?.Add(new XText(reader.Value));
                        break;
                }
            }

            return (root, null);
        }
        catch (XmlException fault)
        {
            return (root, fault);
        }
    }

    private static XElement StartElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        while (reader.MoveToNextAttribute())
        {
            element.Add(reader.NamespaceURI == XNamespace.Xmlns.NamespaceName
                ? new XAttribute(reader.Prefix.Length == 0 ? "xmlns" : XNamespace.Xmlns + reader.LocalName, reader.Value)
                : new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
        }

        reader.MoveToElement();
        return element;
    }
}
