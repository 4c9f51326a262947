using System.Net;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Removes a DOCTYPE before the XML parser sees it, so DTD processing can stay off. Feeds carry DOCTYPEs for two
/// harmless reasons: a copied XHTML/RSS 0.91 declaration (dropped, its external DTD is never fetched) and a few
/// plain text entities in the internal subset (substituted here as literal text). Anything that could expand or
/// reach outside the document (external or parameter entities, entities that reference entities) is refused.
/// </summary>
internal static partial class DoctypeGuard
{
    private const int MaxEntities = 256;

    [GeneratedRegex("""<!ENTITY\s+(?<param>%\s+)?(?<name>[^\s"'>]+)\s+(?:(?<external>SYSTEM|PUBLIC)\b|(?<q>["'])(?<value>.*?)\k<q>)""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex EntityDeclaration();

    [GeneratedRegex(@"&(?!#)|%", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The text without its DOCTYPE and with declared text entities substituted; throws on unsafe declarations.</summary>
    public static string Strip(string text, long maxCharacters)
    {
        var (start, length) = XmlProlog.Doctype(text);
        if (length == 0)
        {
            return text;
        }

        var entities = DeclaredEntities(text.AsSpan(start, length).ToString());
        var body = string.Concat(text.AsSpan(0, start), text.AsSpan(start + length));
        return entities.Count == 0 ? body : Substitute(body, entities, maxCharacters);
    }

    private static Dictionary<string, string> DeclaredEntities(string doctype)
    {
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in EntityDeclaration().Matches(doctype))
        {
            var name = m.Groups["name"].Value;
            if (m.Groups["param"].Success)
            {
                throw Refused($"it declares the parameter entity '%{name}'");
            }

            if (m.Groups["external"].Success)
            {
                throw Refused($"it declares the external entity '{name}' (XXE)");
            }

            var value = m.Groups["value"].Value;
            if (Reference().IsMatch(value))
            {
                throw Refused($"the entity '{name}' refers to other entities (entity expansion)");
            }

            if (entities.Count >= MaxEntities)
            {
                throw Refused($"it declares more than {MaxEntities} entities");
            }

            entities[name] = SecurityElement.Escape(WebUtility.HtmlDecode(value));
        }

        return entities;
    }

    private static string Substitute(string body, Dictionary<string, string> entities, long maxCharacters)
    {
        var builder = new StringBuilder(body.Length);
        var last = 0;
        foreach (Match m in EntityUse().Matches(body))
        {
            if (!entities.TryGetValue(m.Groups[1].Value, out var value))
            {
                continue;
            }

            builder.Append(body, last, m.Index - last).Append(value);
            last = m.Index + m.Length;
            if (builder.Length > maxCharacters)
            {
                throw Refused($"its entities expand past the limit of {maxCharacters} characters");
            }
        }

        return builder.Append(body, last, body.Length - last).ToString();
    }

    [GeneratedRegex(@"&([A-Za-z_][\w.-]*);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityUse();

    private static FeedParseException Refused(string why) =>
        new($"the document's DTD was refused: {why}; FeedHub never processes DTDs");
}
