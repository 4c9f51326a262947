using System.Text;
using System.Xml.Linq;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Writes XML content (Atom xhtml, inline markup in RSS or Atom 0.3) as an HTML fragment in one canonical form:
/// XHTML and unqualified elements lose their namespace, SVG and MathML keep theirs as an xmlns on their outermost
/// element, attributes are sorted, void elements are written "&lt;br /&gt;" and other empty elements get an end tag.
/// </summary>
internal static class XhtmlSerializer
{
    public static string InnerHtml(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            Write(builder, node, XNamespace.None);
        }

        return builder.ToString();
    }

    public static string OuterHtml(XElement element)
    {
        var builder = new StringBuilder();
        Write(builder, element, XNamespace.None);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, XNode node, XNamespace foreignScope)
    {
        switch (node)
        {
            case XElement element:
                WriteElement(builder, element, foreignScope);
                break;
            case XText text:
                Escape(builder, text.Value, attribute: false);
                break;
        }
    }

    private static void WriteElement(StringBuilder builder, XElement element, XNamespace foreignScope)
    {
        var ns = element.Name.Namespace;
        var isForeign = ns == FeedNamespaces.Svg || ns == FeedNamespaces.MathMl;
        var name = element.Name.LocalName;
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            var attributeNs = attribute.Name.Namespace;
            if (attributeNs == FeedNamespaces.XLink)
            {
                attributes["xlink:" + attribute.Name.LocalName] = attribute.Value;
                attributes["xmlns:xlink"] = FeedNamespaces.XLink.NamespaceName;
            }
            else
            {
                attributes[attributeNs == FeedNamespaces.Xml ? "xml:" + attribute.Name.LocalName : attribute.Name.LocalName] = attribute.Value;
            }
        }

        if (isForeign && ns != foreignScope)
        {
            attributes["xmlns"] = ns.NamespaceName;
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
        foreach (var child in element.Nodes())
        {
            Write(builder, child, isForeign ? ns : foreignScope);
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
