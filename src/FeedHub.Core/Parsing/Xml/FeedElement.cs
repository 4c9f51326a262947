using System.Text;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// A minimal read-only XML element tree for the format adapters: a name in a namespace, attributes, and children
/// that are elements or text (CDATA is text). Written instead of using XElement because building an XElement
/// tree alone costs more than the whole parse budget (issue 3: 4x SyndicationFeed); this keeps only what the
/// adapters read, and both loaders (the fast UTF-8 scanner and the XmlReader-based recovering one) produce it.
/// </summary>
internal sealed class FeedElement(string ns, string localName, FeedElement? parent)
{
    private static readonly List<FeedAttribute> NoAttributes = [];
    private static readonly List<object> NoChildren = [];

    private List<FeedAttribute>? attributes;
    private List<object>? children;
    private bool hasRanges;

    /// <summary>The namespace URI; empty for none.</summary>
    public string Namespace { get; } = ns;

    public string LocalName { get; } = localName;

    public FeedElement? Parent { get; } = parent;

    public List<FeedAttribute> Attributes => attributes ?? NoAttributes;

    /// <summary>Child nodes in document order: <see cref="FeedElement"/> or string.</summary>
    public List<object> Nodes
    {
        get
        {
            if (hasRanges)
            {
                MaterializeRanges();
            }

            return children ?? NoChildren;
        }
    }

    /// <summary>Cached namespace facts about the children (see FeedNamespaces.Extensions); 0 = not computed yet.</summary>
    internal byte ChildNamespaceFlags { get; set; }

    public bool HasElements => children is not null && children.Exists(c => c is FeedElement);

    public void AddAttribute(FeedAttribute attribute) => (attributes ??= []).Add(attribute);

    /// <summary>Adds a child: a <see cref="FeedElement"/>, a string, or a <see cref="TextRange"/> made a string when first read.</summary>
    public void AddNode(object node)
    {
        hasRanges |= node is TextRange;
        (children ??= []).Add(node);
    }

    /// <summary>
    /// The element's text without making a string, when it is a single text node (or none): what the HTML readers
    /// normalize straight into their result. False for mixed content; then read <see cref="Value"/>.
    /// </summary>
    public bool TryGetText(out ReadOnlySpan<char> text)
    {
        text = children switch
        {
            null => [],
            [TextRange range] => range.Span,
            [string only] => only,
            _ => default,
        };
        return children is null or [TextRange or string];
    }

    public bool Is(string ns, string localName) => LocalName == localName && Namespace == ns;

    public IEnumerable<FeedElement> Elements()
    {
        if (children is null)
        {
            yield break;
        }

        foreach (var node in children)
        {
            if (node is FeedElement element)
            {
                yield return element;
            }
        }
    }

    public IEnumerable<FeedElement> Elements(string ns, string localName) => Elements().Where(e => e.Is(ns, localName));

    public FeedElement? Element(string ns, string localName)
    {
        if (children is null)
        {
            return null;
        }

        foreach (var node in children)
        {
            if (node is FeedElement element && element.Is(ns, localName))
            {
                return element;
            }
        }

        return null;
    }

    public IEnumerable<FeedElement> Descendants()
    {
        foreach (var element in Elements())
        {
            yield return element;
            foreach (var descendant in element.Descendants())
            {
                yield return descendant;
            }
        }
    }

    public IEnumerable<FeedElement> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            yield return p;
        }
    }

    /// <summary>The value of the attribute with this name in no namespace, or null.</summary>
    public string? Attribute(string localName) => Attribute(string.Empty, localName);

    public string? Attribute(string ns, string localName)
    {
        if (attributes is null)
        {
            return null;
        }

        foreach (var attribute in attributes)
        {
            if (attribute.LocalName == localName && attribute.Namespace == ns)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>All descendant text in document order (what XElement.Value gives).</summary>
    public string Value
    {
        get
        {
            if (children is null)
            {
                return string.Empty;
            }

            if (children is [string only])
            {
                return only;
            }

            if (children is [TextRange range])
            {
                var value = range.ToString();
                children[0] = value;
                hasRanges = false;
                return value;
            }

            var builder = new StringBuilder();
            AppendText(builder);
            return builder.ToString();
        }
    }

    private void MaterializeRanges()
    {
        for (var i = 0; i < children!.Count; i++)
        {
            if (children[i] is TextRange range)
            {
                children[i] = range.ToString();
            }
        }

        hasRanges = false;
    }

    private void AppendText(StringBuilder builder)
    {
        foreach (var node in Nodes)
        {
            if (node is string text)
            {
                builder.Append(text);
            }
            else
            {
                ((FeedElement)node).AppendText(builder);
            }
        }
    }
}

/// <summary>An attribute: namespace URI (empty for none), local name and value. Namespace declarations are not kept.</summary>
internal readonly record struct FeedAttribute(string Namespace, string LocalName, string Value);
