using System.Xml;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Builds a <see cref="FeedElement"/> tree node by node from an XmlReader and, when the reader hits a fault, keeps everything read
/// before it: open elements are simply closed there. A truncated feed or one broken near its end keeps its items.
/// Written by hand because XDocument.Load is all-or-nothing; the reader underneath is still the strict, DTD-free
/// System.Xml reader, so recovery never weakens the security settings.
/// </summary>
internal static class RecoveringXmlBuilder
{
    /// <summary>Deeper nesting than any feed needs; stopping here keeps later recursive readers off the stack limit.</summary>
    public const int MaxDepth = 200;

    public static (FeedElement? Root, XmlException? Fault) Build(XmlReader reader)
    {
        FeedElement? root = null;
        var open = new Stack<FeedElement>();
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = StartElement(reader, open.TryPeek(out var parent) ? parent : null);
                        if (parent is not null)
                        {
                            parent.AddNode(element);
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
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        (open.TryPeek(out var textParent) ? textParent : null)?.AddNode(reader.Value);
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

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static FeedElement StartElement(XmlReader reader, FeedElement? parent)
    {
        var element = new FeedElement(reader.NamespaceURI, reader.LocalName, parent);
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI != XmlnsNamespace)
            {
                element.AddAttribute(new FeedAttribute(reader.NamespaceURI, reader.LocalName, reader.Value));
            }
        }

        reader.MoveToElement();
        return element;
    }
}
