using System.Text;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Writes XML content (Atom xhtml, inline markup in RSS or Atom 0.3) as an HTML fragment in one canonical form:
/// XHTML and unqualified elements lose their namespace, SVG and MathML keep theirs as an xmlns on their outermost
/// element, attributes are sorted, void elements are written "&lt;br /&gt;" and other empty elements get an end tag.
/// </summary>
internal static class XhtmlSerializer
{
    /// <summary>The element's content as HTML; relative URLs resolve against each element's xml:base and the document.</summary>
    public static string InnerHtml(FeedElement element, Uri? documentUri)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes)
        {
            Write(builder, node, FeedNamespaces.None, documentUri);
        }

        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object node, string foreignScope, Uri? documentUri)
    {
        if (node is FeedElement element)
        {
            WriteElement(builder, element, foreignScope, documentUri);
        }
        else
        {
            Escape(builder, (string)node, attribute: false);
        }
    }

    private static void WriteElement(StringBuilder builder, FeedElement element, string foreignScope, Uri? documentUri)
    {
        var ns = element.Namespace;
        var isForeign = ns is FeedNamespaces.Svg or FeedNamespaces.MathMl;
        var name = element.LocalName;
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Namespace == FeedNamespaces.XLink)
            {
                attributes["xlink:" + attribute.LocalName] = attribute.Value;
                attributes["xmlns:xlink"] = FeedNamespaces.XLink;
            }
            else if (attribute.Namespace.Length == 0 && UrlBase.IsUrlAttribute(attribute.LocalName) && new UrlBase(element, documentUri).IsRelative(attribute.Value))
            {
                attributes[attribute.LocalName] = new UrlBase(element, documentUri).Resolve(attribute.Value);
            }
            else if (!(attribute.Namespace == FeedNamespaces.Xml && attribute.LocalName == "base"))
            {
                attributes[attribute.Namespace == FeedNamespaces.Xml ? "xml:" + attribute.LocalName : attribute.LocalName] = attribute.Value;
            }
        }

        if (isForeign && ns != foreignScope)
        {
            attributes["xmlns"] = ns;
        }

        builder.Append('<').Append(name);
        foreach (var (key, value) in attributes)
        {
            builder.Append(' ').Append(key).Append("=\"");
            Escape(builder, value, attribute: true);
            builder.Append('"');
        }

        if (!isForeign && HtmlVocabulary.IsVoid(name))
        {
            builder.Append(" />");
            return;
        }

        builder.Append('>');
        foreach (var child in element.Nodes)
        {
            Write(builder, child, isForeign ? ns : foreignScope, documentUri);
        }

        builder.Append("</").Append(name).Append('>');
    }

    private static void Escape(StringBuilder builder, string value, bool attribute)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' when attribute => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }
    }
}
