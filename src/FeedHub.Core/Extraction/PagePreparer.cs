using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// First pass over a parsed page: removes what is never article content (scripts, forms, navigation, hidden
/// elements, chrome named as such) and turns lazy-loaded images into ordinary ones so that they survive.
/// </summary>
internal static class PagePreparer
{
    private const string NeverContent =
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
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "body" or "html" or "article" or "main")
            {
                continue;
            }

            var outsideArticle = element.Closest("article, main, [itemprop=articleBody]") is null;
            var landmark = element.LocalName is "header" or "footer" or "aside";
            if ((landmark && outsideArticle) || (ClassHints.IsChrome(element) && !ContainsArticle(element)))
            {
                element.Remove();
            }
        }
    }

    private static bool ContainsArticle(IElement element) =>
        element.QuerySelector("article, main, [itemprop=articleBody]") is not null;

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }
}
