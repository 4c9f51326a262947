using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Textual repairs for the faults real feeds commit most, applied only after a strict parse has failed: HTML named
/// entities (become numeric references), bare ampersands (escaped), forbidden control characters (dropped),
/// "&amp;#X41;" (lower-cased x), comments holding
/// "--" (dropped) and namespace prefixes used without a declaration (declared on the root element).
/// </summary>
internal static partial class XmlRepair
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string text) => DeclarePrefixes(DropBrokenComments(RepairEntities(DropInvalidCharacters(text))));

    /// <summary>Control characters XML 1.0 forbids (NUL, form feed, ...) are dropped.</summary>
    private static string DropInvalidCharacters(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\u0000', '\u0008') < 0 && span.IndexOfAnyInRange('\u000B', '\u000C') < 0
            && span.IndexOfAnyInRange('\u000E', '\u001F') < 0 && span.IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or (>= ' ' and < '\uFFFE'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"&(?:([A-Za-z][A-Za-z0-9]{1,31});|#([0-9]{1,7});|#[xX]([0-9A-Fa-f]{1,6});)?", RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand();

    /// <summary>HTML named entities become numeric references; bare ampersands become &amp;amp;.</summary>
    internal static string RepairEntities(string text) => Ampersand().Replace(text, m =>
    {
        if (m.Groups[2].Success)
        {
            return m.Value;
        }

        if (m.Groups[3].Success)
        {
            return "&#x" + m.Groups[3].Value + ";";
        }

        if (!m.Groups[1].Success)
        {
            return "&amp;";
        }

        if (XmlEntities.Contains(m.Groups[1].Value))
        {
            return m.Value;
        }

        var decoded = WebUtility.HtmlDecode(m.Value);
        return decoded == m.Value ? "&amp;" + m.Value[1..] : ToNumericReferences(decoded);
    });

    private static string ToNumericReferences(string decoded)
    {
        var builder = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes())
        {
            builder.Append("&#").Append(rune.Value).Append(';');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    /// <summary>XML forbids "--" inside a comment; such a comment is dropped (comments are ignored anyway).</summary>
    private static string DropBrokenComments(string text) =>
        text.Contains("--", StringComparison.Ordinal) ? Comment().Replace(text, m => m.Groups[1].Value.Contains("--", StringComparison.Ordinal) ? string.Empty : m.Value) : text;

    [GeneratedRegex(@"</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixUse();

    [GeneratedRegex(@"xmlns:([A-Za-z_][\w.-]*)\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixDeclaration();

    /// <summary>Declares, on the root element, every prefix the document uses but never declares.</summary>
    private static string DeclarePrefixes(string text)
    {
        var used = PrefixUse().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        used.ExceptWith(PrefixDeclaration().Matches(text).Select(m => m.Groups[1].Value));
        used.ExceptWith(["xml", "xmlns"]);
        var root = XmlProlog.RootStart(text);
        if (used.Count == 0 || root < 0)
        {
            return text;
        }

        var nameEnd = root + 1;
        while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/'))
        {
            nameEnd++;
        }

        var declarations = string.Concat(used.Order(StringComparer.Ordinal).Select(p => $" xmlns:{p}=\"{WellKnownPrefixes.NamespaceOf(p)}\""));
        return text.Insert(nameEnd, declarations);
    }
}
