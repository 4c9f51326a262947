using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Rules on links: in-page anchors and permalink marks are unwrapped, and link and image addresses made absolute.</summary>
internal static partial class ArticleCleaner
{
    /// <summary>Links to anchors of the original page ("#comments") point nowhere once the article leaves it; their text stays.</summary>
    private static void UnwrapInPageLinks(IEnumerable<IElement> anchors, TextStats stats)
    {
        foreach (var anchor in anchors)
        {
            if (IsPermalinkMark(anchor.TextContent))
            {
                Remove(anchor, stats); // a heading's "#" or "¶" permalink: the mark is not text of the article
                continue;
            }

            foreach (var child in anchor.ChildNodes.ToList())
            {
                anchor.Parent!.InsertBefore(child, anchor);
            }

            Remove(anchor, stats);
        }
    }

    /// <summary>
    /// The text of a permalink to a heading or paragraph: nothing but marks such as "#", "¶", "§", "🔗" (U+1F517) or an
    /// invisible zero-width space (what Sphinx, Docusaurus, MkDocs and most blog themes put there).
    /// </summary>
    private static bool IsPermalinkMark(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('#' or '¶' or '§' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\uD83D' or '\uDD17'))
            {
                return false;
            }
        }

        return true;
    }

    private static void MakeAbsolute(IElement element, Uri pageUri)
    {
        foreach (var name in new[] { "href", "src" })
        {
            var value = element.GetAttribute(name);
            if (value is null || value.StartsWith('#'))
            {
                continue;
            }

            if (Uri.TryCreate(pageUri, value.Trim(), out var absolute))
            {
                element.SetAttribute(name, absolute.AbsoluteUri);
            }
        }

        var srcset = element.GetAttribute("srcset");
        if (srcset is not null)
        {
            element.SetAttribute("srcset", Srcset.Resolve(srcset, pageUri));
        }
    }
}
