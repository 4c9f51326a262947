using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// First pass over a parsed page: removes what is never article content (scripts, forms, navigation, hidden
/// elements, chrome named as such) and turns lazy-loaded images into ordinary ones so that they survive.
/// </summary>
internal static class PagePreparer
{
    internal const string NeverContent =
        "script, style, link, meta, template, noscript, iframe, object, embed, form, button, input, select, textarea, "
        + "svg, canvas, nav, dialog, [hidden], [aria-hidden=true], [aria-modal=true]";

    public static void Prepare(IDocument document, IElement? body)
    {
        LazyImages.Recover(document);
        if (body is null)
        {
            return;
        }

        foreach (var element in body.QuerySelectorAll(NeverContent).ToList())
        {
            element.Remove();
        }

        foreach (var element in body.QuerySelectorAll("*").Where(IsHiddenByStyle).ToList())
        {
            element.Remove();
        }

        RemoveChrome(body);
        LooseParagraphs.Wrap(document, body);
    }

    /// <summary>Page-level chrome: header, footer and aside outside any article, and elements named like chrome.</summary>
    private static void RemoveChrome(IElement body)
    {
        var articles = body.QuerySelectorAll("article, main, [itemprop=articleBody]");
        var holdsArticle = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            for (var ancestor = article.ParentElement; ancestor is not null && holdsArticle.Add(ancestor); ancestor = ancestor.ParentElement)
            {
            }
        }

        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "body" or "html" or "article" or "main")
            {
                continue;
            }

            var landmark = element.LocalName is "header" or "footer" or "aside";
            if ((landmark && element.Closest("article, main, [itemprop=articleBody]") is null)
                || (!holdsArticle.Contains(element) && ClassHints.IsChrome(element)))
            {
                element.Remove();
            }
        }
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }
}
