using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace FeedHub.Core.Sanitizing;

/// <summary>
/// The last step before HTML is stored or published: an allow-list sanitizer (HtmlSanitizer) that keeps the
/// markup of readable articles (text structure, tables, figures, code, images and links) and nothing that runs,
/// styles or tracks. Links and images must be http(s).
/// </summary>
public sealed class ContentSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
        "picture", "pre", "q", "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "audio", "video",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "srcset", "alt", "title", "colspan", "rowspan", "datetime", "lang", "dir", "cite", "start", "type", "open",
        "controls", "width", "height",
    ];

    private readonly HtmlSanitizer sanitizer;

    public ContentSanitizer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.KeepChildNodes = true;
        sanitizer.RemovingTag += (_, e) =>
        {
            if (Opaque.Contains(e.Tag.LocalName))
            {
                e.Tag.TextContent = string.Empty; // a removed tag keeps its children, but not a script's code or a style sheet
            }
        };
    }

    /// <summary>Removed elements whose content is code, style or controls, never text for a reader: they go with their content.</summary>
    private static readonly HashSet<string> Opaque = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "button", "select", "textarea", "noembed", "noframes", "xmp",
    };

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? string.Empty : sanitizer.Sanitize(html).Trim();

    /// <summary>
    /// Sanitizes an element of a parsed page in place, with the same rules, so that HTML already in a tree (an
    /// extracted article) is not serialized and parsed again to be sanitized.
    /// </summary>
    public void SanitizeInPlace(IHtmlDocument document, IHtmlElement element) => sanitizer.SanitizeDom(document, element);
}
