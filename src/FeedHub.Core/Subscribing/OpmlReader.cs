using System.Xml;

namespace FeedHub.Core.Subscribing;

/// <summary>
/// Reads the subscriptions of an OPML subscription list (http://opml.org/spec2.opml, and the 1.0 files readers
/// still export): every outline with an xmlUrl, in document order, tagged with the folders around it. Readers
/// disagree on the details, so it is lenient where they are: attribute names in any case (xmlurl, xmlURL), the title
/// attribute or the text, any type or none, folders nested to any depth, category lists ("/Tech/News,Daily").
/// Safe on hostile files: no DTD, no entities, a size limit. Written on XmlReader because no maintained .NET package
/// reads OPML.
/// </summary>
public static class OpmlReader
{
    /// <summary>The largest list read, in characters (a 100,000-feed export is about 20 MB).</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    public static IReadOnlyList<OpmlSubscription> Read(Stream opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var xml = XmlReader.Create(opml, settings);
            xml.MoveToContent();
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "opml")
            {
                throw new OpmlFormatException($"the root element is <{xml.LocalName}>, not <opml>");
            }

            return ReadOutlines(xml);
        }
        catch (XmlException e)
        {
            throw new OpmlFormatException($"not well-formed XML: {e.Message}", e);
        }
    }

    private static List<OpmlSubscription> ReadOutlines(XmlReader xml)
    {
        var found = new List<OpmlSubscription>();
        var folders = new Stack<string?>(); // the open outlines: a folder's name, or null for a feed's own outline
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "outline")
            {
                folders.TryPop(out _);
                continue;
            }

            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "outline")
            {
                continue;
            }

            var text = Attribute(xml, "title") ?? Attribute(xml, "text");
            if (Attribute(xml, "xmlUrl") is { } feed)
            {
                var tags = folders.Reverse().OfType<string>().Concat(Categories(Attribute(xml, "category")));
                found.Add(new OpmlSubscription(feed, text, Attribute(xml, "htmlUrl"), [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)]));
            }

            if (!xml.IsEmptyElement)
            {
                // Outlines inside a feed's outline are rare (some readers nest a feed's items); they get no tag from it.
                folders.Push(Attribute(xml, "xmlUrl") is null ? text : null);
            }
        }

        return found;
    }

    /// <summary>The attribute by name in any letter case, trimmed; null when absent or blank.</summary>
    private static string? Attribute(XmlReader xml, string name)
    {
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            if (string.Equals(xml.LocalName, name, StringComparison.OrdinalIgnoreCase) && xml.Value.Trim() is { Length: > 0 } value)
            {
                xml.MoveToElement();
                return value;
            }
        }

        xml.MoveToElement();
        return null;
    }

    /// <summary>OPML 2.0's category: comma-separated, each a slash-delimited path whose segments are tags.</summary>
    private static IEnumerable<string> Categories(string? category) =>
        category is null ? [] : category.Split(',').SelectMany(path => path.Split('/')).Select(s => s.Trim()).Where(s => s.Length > 0);
}
