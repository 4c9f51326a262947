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

    // The children: most elements of a feed hold one text node, kept in "only" without a list; a list is made at
    // the second child (or when Nodes is read).
    private object? only;
    private List<object>? children;
    private bool hasRawText;

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
            if (only is not null)
            {
                children = [only];
                only = null;
            }

            if (hasRawText)
            {
                DecodeRawText();
            }

            return children ?? NoChildren;
        }
    }

    /// <summary>Cached namespace facts about the children (see FeedNamespaces.Extensions); 0 = not computed yet.</summary>
    internal byte ChildNamespaceFlags { get; set; }

    public bool HasElements => only is FeedElement || (children is not null && children.Exists(c => c is FeedElement));

    /// <summary>Adds an attribute; the first one sizes the list for <paramref name="expected"/> of them.</summary>
    public void AddAttribute(FeedAttribute attribute, int expected = 4) => (attributes ??= new List<FeedAttribute>(expected)).Add(attribute);

    /// <summary>Adds a child: a <see cref="FeedElement"/>, a string, or a <see cref="RawText"/> made a string when first read.</summary>
    public void AddNode(object node)
    {
        hasRawText |= node is RawText;
        if (children is not null)
        {
            children.Add(node);
        }
        else if (only is null)
        {
            only = node;
        }
        else
        {
            children = [only, node];
            only = null;
        }
    }

    /// <summary>
    /// The element's text when it is a single text node (or none): what the HTML readers normalize. False for mixed
    /// content; then read <see cref="Value"/>.
    /// </summary>
    public bool TryGetText(out ReadOnlySpan<char> text)
    {
        var single = OnlyChild;
        text = single switch
        {
            null => [],
            string value => value,
            RawText raw => raw.ToString(),
            _ => default,
        };
        return single is null or string or RawText;
    }

    /// <summary>The element's single text node when the scanner left it undecoded (see <see cref="RawText"/>), else null.</summary>
    public RawText? OnlyRawText => OnlyChild as RawText;

    public bool Is(string ns, string localName) => LocalName == localName && Namespace == ns;

    /// <summary>The single child node, null when there is none, and this element itself when there are several.</summary>
    private object? OnlyChild => children switch
    {
        null => only,
        [var first] => first,
        _ => this,
    };

    public IEnumerable<FeedElement> Elements()
    {
        if (only is FeedElement single)
        {
            yield return single;
        }

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
            return only is FeedElement single && single.Is(ns, localName) ? single : null;
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
            switch (OnlyChild)
            {
                case null:
                    return string.Empty;
                case string value:
                    return value;
                case RawText raw:
                    return raw.ToString(); // made once: the node keeps its string
            }

            var builder = new StringBuilder();
            AppendText(builder);
            return builder.ToString();
        }
    }

    private void DecodeRawText()
    {
        for (var i = 0; i < children!.Count; i++)
        {
            if (children[i] is RawText raw)
            {
                children[i] = raw.ToString();
            }
        }

        hasRawText = false;
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
