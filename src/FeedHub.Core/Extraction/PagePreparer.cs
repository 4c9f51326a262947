using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// First pass over a parsed page: removes what is never article content (scripts, forms, navigation, hidden
/// elements, page-level chrome named as such) and turns lazy-loaded images into ordinary ones so that they survive.
/// One depth-first walk decides for every element; a removed element's subtree is not visited.
/// </summary>
internal static class PagePreparer
{
    private static readonly HashSet<string> NeverContentNames =
    [
        "script", "style", "link", "meta", "template", "noscript", "iframe", "object", "embed", "form", "button", "input",
        "select", "textarea", "svg", "canvas", "nav", "dialog",
    ];

    /// <summary>
    /// Prepares the page; <paramref name="images"/> are its img, source and noscript elements (see <see cref="PageInventory"/>).
    /// Without <paramref name="stripUnlikely"/> only never-content goes; chrome by name or landmark stays for the scorer to judge.
    /// </summary>
    public static void Prepare(IDocument document, IElement? body, IReadOnlyList<IElement> images, bool stripUnlikely = true)
    {
        LazyImages.Recover(document, images);
        if (body is null)
        {
            return;
        }

        var doomed = new List<IElement>();
        var containers = new List<IElement>();
        var stack = new Stack<(IElement Element, bool InArticle)>();
        foreach (var child in DomWalk.ChildElements(body).Reverse())
        {
            stack.Push((child, false));
        }

        while (stack.Count > 0)
        {
            var (element, inArticle) = stack.Pop();
            if (IsNeverContent(element) || (stripUnlikely && IsChrome(element, inArticle)))
            {
                doomed.Add(element);
                continue;
            }

            if (LooseParagraphs.IsContainer(element))
            {
                containers.Add(element);
            }

            var childInArticle = inArticle || element.LocalName is "article" or "main" || IsArticleBody(element);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is Element child)
                {
                    stack.Push((child, childInArticle));
                }
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }

        LooseParagraphs.Wrap(document, containers);
    }

    /// <summary>
    /// A never-content tag, or hidden: the hidden attribute, aria-hidden or aria-modal "true", or display:none /
    /// visibility:hidden (one pass over the attributes). Also applied to content chosen by a site rule.
    /// </summary>
    internal static bool IsNeverContent(IElement element)
    {
        if (NeverContentNames.Contains(element.LocalName))
        {
            return element.LocalName != "form" || !IsPageForm(element);
        }

        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var hidden = attributes[i] switch
            {
                { Name: "hidden" } => true,
                { Name: "aria-hidden" or "aria-modal", Value: var value } => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase),
                { Name: "style", Value: var style } => IsHiddenByStyle(style),
                _ => false,
            };
            if (hidden)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A form that wraps the page rather than asking for input: ASP.NET Web Forms put the whole page in one form
    /// (id aspnetForm), and so do some other frameworks. It holds an article or main element, or more prose than any
    /// search box or comment form has.
    /// </summary>
    private static bool IsPageForm(IElement form) =>
        DomWalk.FirstDescendant(form, IsArticleElement) is not null || VisibleText.ProseLength(form) > 1000;

    /// <summary>
    /// Page-level chrome: header, footer and aside outside any article, and elements named like chrome that hold no
    /// article (an article, main or articleBody element inside them; looked for only in the few elements so named).
    /// </summary>
    private static bool IsChrome(IElement element, bool inArticle)
    {
        if (element.LocalName is "article" or "main")
        {
            return false;
        }

        var landmark = element.LocalName is "header" or "footer" or "aside";
        return (landmark && !inArticle) || (ClassHints.IsChrome(element) && !HoldsTheArticle(element));
    }

    /// <summary>
    /// Whether a chrome-named element wraps the page's article: an article, main or articleBody element inside it that
    /// holds most of its text. A comment list whose every comment is an article element does not.
    /// </summary>
    private static bool HoldsTheArticle(IElement element)
    {
        var articles = DomWalk.Descendants(element, IsArticleElement);
        if (articles.Count == 0)
        {
            return false;
        }

        var whole = TextCounts.Of(element.TextContent).Folded;
        return articles.Any(a => TextCounts.Of(a.TextContent).Folded * 2 >= whole);
    }

    private static bool IsArticleElement(IElement element) => element.LocalName is "article" or "main" || IsArticleBody(element);

    private static bool IsArticleBody(IElement element) =>
        string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    private static bool IsHiddenByStyle(string? style)
    {
        if (style is null || !style.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
