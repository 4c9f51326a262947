using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// The credit line a page shows when no metadata names the author: the first visible element, in document order and
/// outside page chrome, marked rel=author or itemprop=author or named like a byline (byline, author, dateline,
/// writtenby, p-author in its class or id), with under 100 characters of text; its itemprop=name child when it has
/// one. Readability.js's rules, so that readers see the line they know from it, except that an article's own header
/// is searched too.
/// </summary>
internal static partial class VisibleByline
{
    [GeneratedRegex("byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex("and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    public static string? Find(IElement? body)
    {
        if (body is null)
        {
            return null;
        }

        var stack = new Stack<IElement>();
        foreach (var child in DomWalk.ChildElements(body).Reverse())
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (PagePreparer.IsNeverContent(element))
            {
                continue;
            }

            var names = element.ClassName + " " + element.Id;
            if (IsByline(element, names) && element.TextContent.Trim() is { Length: > 0 and < 100 } text)
            {
                var name = DomWalk.FirstDescendant(element, e => e.GetAttribute("itemprop")?.Contains("name", StringComparison.Ordinal) == true);
                return name is null ? text : name.TextContent.Trim();
            }

            if (Unlikely().IsMatch(names) && !MaybeCandidate().IsMatch(names) && element.LocalName is not ("body" or "a") && !IsArticleHeader(element, names))
            {
                continue;
            }

            foreach (var child in DomWalk.ChildElements(element).Reverse())
            {
                stack.Push(child);
            }
        }

        return null;
    }

    /// <summary>
    /// An article's own header ("story-header" in an article element) is where its credit line stands; Readability.js
    /// skips it as an unlikely "header" and finds no byline there, which readers of such pages would not expect.
    /// </summary>
    private static bool IsArticleHeader(IElement element, string names) =>
        (element.LocalName == "header" || names.Contains("header", StringComparison.OrdinalIgnoreCase)) && element.Closest("article") is not null;

    private static bool IsByline(IElement element, string names) =>
        element.GetAttribute("rel") == "author" || element.GetAttribute("itemprop")?.Contains("author", StringComparison.Ordinal) == true || Named().IsMatch(names);
}
