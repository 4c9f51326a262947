using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// How much text a reader of the page sees, links excepted: the folded length of the body's text outside
/// never-content (scripts, templates, hidden elements) and outside links. An extraction is judged against it:
/// a pass that keeps a small share of a long page's prose found a fragment, not the article.
/// </summary>
internal static class VisibleText
{
    public static int ProseLength(IElement? body)
    {
        if (body is null)
        {
            return 0;
        }

        var total = 0;
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var children = stack.Pop().ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText text:
                        total += TextCounts.Of(text.Data).Folded;
                        break;
                    case IElement element when element.LocalName != "a" && !PagePreparer.IsNeverContent(element):
                        stack.Push(element);
                        break;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// Enough text for an article: Readability's 500 characters, or a quarter of the page's prose on a short page
    /// (a brief news item is all the page has; a quarter of it is not a fragment). Never nothing.
    /// </summary>
    public static bool IsEnough(int articleLength, int pageProse) => articleLength > 0 && articleLength >= Math.Max(Math.Min(500, pageProse / 4), pageProse * 0.15);
}
