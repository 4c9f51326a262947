using System.Text;
using System.Xml.Linq;

namespace FeedHub.Core.Parsing.Atom;

/// <summary>
/// Reads an Atom text construct into one string: type="text" and "html" give their character content (the latter
/// is HTML), type="xhtml" gives the markup inside its wrapping div. Atom 0.3's mode="base64" is decoded.
/// </summary>
internal static class AtomText
{
    public static string? Read(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = element.Attribute("type")?.Value?.Trim().ToLowerInvariant();
        var mode = element.Attribute("mode")?.Value?.Trim().ToLowerInvariant();
        if (mode == "base64" || IsBinaryMediaType(type))
        {
            return DecodeBase64(element.Value);
        }

        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml")
        {
            return XmlReading.Clean(InnerMarkup(element));
        }

        return XmlReading.Clean(element.Value);
    }

    /// <summary>Atom 1.0 (RFC 4287 4.1.3.3): content of a media type that is neither text nor XML is base64.</summary>
    private static bool IsBinaryMediaType(string? type) =>
        type is not null && type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal) && type != "application/xhtml+xml";

    private static string InnerMarkup(XElement element)
    {
        var container = element.Elements().Count() == 1 && element.Elements().Single().Name.LocalName == "div"
            ? element.Elements().Single()
            : element;
        var builder = new StringBuilder();
        foreach (var node in container.Nodes())
        {
            builder.Append(node is XElement child ? StripNamespaces(child).ToString(SaveOptions.DisableFormatting) : node.ToString());
        }

        return builder.ToString();
    }

    private static XElement StripNamespaces(XElement element) =>
        new(element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement e ? StripNamespaces(e) : n));

    private static string? DecodeBase64(string value)
    {
        try
        {
            return XmlReading.Clean(Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim())));
        }
        catch (FormatException)
        {
            return XmlReading.Clean(value);
        }
    }
}
