using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// The article a script-rendered page carries for clients without scripts, or for its own script to insert: the
/// largest noscript, template or HTML-template script (type text/template, text/html, text/x-template) of the page.
/// Blogger, many Vue and Handlebars themes and some paywalled sites put the whole body there.
/// </summary>
internal static class EmbeddedCopy
{
    private const int MinimumText = 200;

    /// <summary>The HTML of the copy with the most text (at least 200 characters), or null.</summary>
    public static string? Find(PageInventory inventory)
    {
        string? best = null;
        var bestLength = MinimumText;
        foreach (var html in inventory.EmbeddedCopies.Select(MarkupWriter.InnerHtml).Concat(inventory.Scripts.Where(IsHtmlTemplate).Select(s => s.TextContent)))
        {
            if (html.Length <= bestLength)
            {
                continue;
            }

            var length = TextMeasures.CountWords(HtmlText.Strip(html)) * 6;
            if (length > bestLength)
            {
                (best, bestLength) = (html, length);
            }
        }

        return best;
    }

    private static bool IsHtmlTemplate(IElement script) =>
        script.GetAttribute("type")?.Trim().ToLowerInvariant() is "text/template" or "text/html" or "text/x-template" or "text/x-handlebars-template" or "text/ng-template";
}
