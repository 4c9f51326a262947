using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Loads feed XML safely: DTDs are refused, no external entity is ever resolved, and the document size is capped.
/// When the strict read fails on the two faults real feeds commit most (HTML named entities such as &amp;nbsp;
/// and bare ampersands), one repaired second read is tried before the document is given up.
/// </summary>
internal static partial class XmlFeedLoader
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static XDocument Load(ReadOnlySpan<byte> bytes, long maxCharacters)
    {
        var text = FeedEncoding.Decode(bytes);
        try
        {
            return ParseStrict(text, maxCharacters);
        }
        catch (XmlException first) when (!IsDtdFault(first))
        {
            var repaired = RepairEntities(text);
            if (ReferenceEquals(repaired, text))
            {
                throw new FeedParseException($"not well-formed XML: {first.Message}", first);
            }

            try
            {
                return ParseStrict(repaired, maxCharacters);
            }
            catch (XmlException)
            {
                throw new FeedParseException($"not well-formed XML: {first.Message}", first);
            }
        }
        catch (XmlException dtd)
        {
            throw new FeedParseException("the document declares a DTD, which FeedHub refuses to process (entity expansion and external entities are unsafe)", dtd);
        }
    }

    private static XDocument ParseStrict(string text, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
        };
        using var stringReader = new StringReader(text);
        using var reader = XmlReader.Create(stringReader, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static bool IsDtdFault(XmlException e) =>
        e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"&(?:([A-Za-z][A-Za-z0-9]{1,31});|(#[0-9]{1,7};|#x[0-9A-Fa-f]{1,6};))?", RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand();

    /// <summary>HTML named entities become numeric references; bare ampersands become &amp;amp;.</summary>
    internal static string RepairEntities(string text)
    {
        var changed = false;
        var result = Ampersand().Replace(text, m =>
        {
            if (m.Groups[2].Success || (m.Groups[1].Success && XmlEntities.Contains(m.Groups[1].Value)))
            {
                return m.Value;
            }

            changed = true;
            if (!m.Groups[1].Success)
            {
                return "&amp;";
            }

            var decoded = WebUtility.HtmlDecode(m.Value);
            return decoded == m.Value ? "&amp;" + m.Value[1..] : ToNumericReferences(decoded);
        });
        return changed ? result : text;
    }

    private static string ToNumericReferences(string decoded)
    {
        var builder = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes())
        {
            builder.Append("&#").Append(rune.Value).Append(';');
        }

        return builder.ToString();
    }
}
