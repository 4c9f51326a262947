using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing;

/// <summary>Small, null-tolerant readers over <see cref="FeedElement"/> shared by the XML format adapters.</summary>
internal static class XmlReading
{
    /// <summary>The cleaned text of the first child with this name, or null when absent or blank.</summary>
    public static string? ChildText(this FeedElement parent, string ns, string localName) => Clean(parent.Element(ns, localName)?.Value);

    /// <summary>The cleaned text of the last child with this name: later values overwrite earlier ones, as in feedparser.</summary>
    public static string? LastChildText(this FeedElement parent, string ns, string localName)
    {
        FeedElement? last = null;
        foreach (var node in parent.Nodes)
        {
            if (node is FeedElement element && element.Is(ns, localName))
            {
                last = element;
            }
        }

        return Clean(last?.Value);
    }

    /// <summary>The first child, in any namespace, whose local name matches in any letter case.</summary>
    public static FeedElement? ChildLocal(this FeedElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The trimmed text, with C1-control mojibake repaired (<see cref="Windows1252Repair"/>); null when blank.</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        var trimmed = span.Length == value.Length ? value : span.ToString();
        return Windows1252Repair.Repair(trimmed);
    }

    /// <summary>Resolves a possibly relative reference against the element's xml:base chain and the document's location.</summary>
    public static string? Resolve(this FeedElement context, string? reference, Uri? documentUri)
    {
        if (reference is null || HasScheme(reference))
        {
            return reference; // already absolute: kept as written (no case folding or re-encoding)
        }

        var baseUri = BaseOf(context, documentUri);
        if (baseUri is null)
        {
            return reference;
        }

        return Uri.TryCreate(baseUri, reference, out var resolved) ? resolved.AbsoluteUri : reference;
    }

    internal static bool HasScheme(ReadOnlySpan<char> reference)
    {
        var colon = reference.IndexOf(':');
        if (colon < 2 || !char.IsAsciiLetter(reference[0]))
        {
            return false; // "c:" is a Windows drive letter, not a scheme
        }

        foreach (var c in reference.Slice(1, colon - 1))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    internal static Uri? BaseOf(FeedElement? element, Uri? documentUri)
    {
        if (element is null)
        {
            return documentUri;
        }

        var parentBase = BaseOf(element.Parent, documentUri);
        var own = element.Attribute(FeedNamespaces.Xml, "base");
        if (own is null)
        {
            return parentBase;
        }

        if (parentBase is not null && Uri.TryCreate(parentBase, own, out var combined))
        {
            return combined;
        }

        return Uri.TryCreate(own, UriKind.Absolute, out var absolute) ? absolute : parentBase;
    }
}
