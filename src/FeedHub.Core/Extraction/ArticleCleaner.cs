using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Cleans the assembled article: drops the byline and the title heading (both become metadata), teaser lists,
/// share bars and other link-heavy or empty blocks, and every attribute but the few that carry meaning;
/// relative links and image sources are made absolute. This file runs the rules in their order; each rule is in
/// an ArticleCleaner.*.cs file of its own.
/// </summary>
internal static partial class ArticleCleaner
{
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "alt", "title", "colspan", "rowspan", "datetime", "lang", "dir", "cite", "start", "type", "open",
    };

    private static readonly HashSet<string> ConditionalBlocks = ["div", "section", "ul", "ol", "table", "aside", "figure", "header", "footer", "dl"];

    private static readonly HashSet<string> MaybeEmpty = ["p", "span", "div", "section", "li", "h2", "h3", "h4", "h5", "h6", "a", "strong", "em", "b", "i"];

    private static readonly HashSet<string> Media = ["img", "picture", "video", "audio", "table", "pre"];

    private static readonly HashSet<string> KeepsEmpty = ["img", "picture", "video", "audio", "iframe", "br"];

    /// <summary>
    /// Cleans the article in place; <paramref name="stats"/> (shared with the scorer) is kept up to date with every removal.
    /// <paramref name="steps"/> says whether junk blocks are dropped at all (conditional cleaning) and whether a chrome name alone makes one junk.
    /// </summary>
    public static void Clean(IElement content, PageMetadata metadata, Uri pageUri, TextStats stats, PassSteps steps = PassSteps.All)
    {
        // One walk finds the candidates of every step; each step then skips what an earlier one removed.
        var (attributions, headings, blocks, lines, quotes) = (new List<IElement>(), new List<IElement>(), new List<IElement>(), new List<IElement>(), new List<IElement>());
        DomWalk.Visit(content, element =>
        {
            var (byline, date, credit) = ClassHints.BylineDateOrCredit(element);
            if ((byline && stats.TextLength(element) < 120) || (date && IsDateStamp(element, content, stats)) || (credit && IsCreditBesideCaption(element, stats)))
            {
                attributions.Add(element);
            }

            var name = element.LocalName;
            if (name == "h1")
            {
                headings.Add(element);
            }

            if (ConditionalBlocks.Contains(name))
            {
                blocks.Add(element);
            }

            if (name is "p" or "div" or "li")
            {
                lines.Add(element);
            }

            if (name is "blockquote" or "aside" || IsNamedPullQuote(element))
            {
                quotes.Add(element);
            }
        });

        foreach (var element in attributions)
        {
            Remove(element, stats); // bylines, date stamps and photo credits: metadata, not article text
        }

        RemoveTitleHeading(content, headings.Where(content.Contains), metadata.Title, stats);
        // Outer blocks first: a labelled link list ("Topics: a, b") goes whole, not its links first and then an orphan label.
        var whole = stats.TextLength(content);
        foreach (var element in steps.HasFlag(PassSteps.CleanConditionally) ? blocks : [])
        {
            if (content.Contains(element) && IsJunk(element, stats, steps.HasFlag(PassSteps.WeighClasses), whole))
            {
                Remove(element, stats);
            }
        }

        RemoveLabelledLines(lines.Where(content.Contains), stats);
        RemoveRepeatedQuotes(content, quotes.Where(content.Contains).ToList(), stats);
        RemoveAuthorTagline(LastParagraphs(content, lines, 2), metadata.Author, stats);
        Finish(content, pageUri, stats);
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        var trimmed = text.AsSpan().TrimStart();
        foreach (var prefix in prefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For content chosen by an operator's rule: only the title heading, attributes and relative URLs are touched.</summary>
    public static void CleanKeepingStructure(IElement content, string? title, Uri pageUri, TextStats stats)
    {
        RemoveTitleHeading(content, DomWalk.Descendants(content, e => e.LocalName == "h1"), title, stats);
        Finish(content, pageUri, stats);
    }

    /// <summary>What every article gets last: in-page links unwrapped, empty elements dropped, attributes stripped and URLs made absolute.</summary>
    private static void Finish(IElement content, Uri pageUri, TextStats stats)
    {
        // One walk for the three steps: unwrapping moves a link's children into its place, so document order holds.
        var all = DomWalk.Descendants(content, _ => true);
        UnwrapInPageLinks(all.Where(e => e.LocalName == "a" && e.GetAttribute("href")?.StartsWith('#') == true), stats);
        RemoveEmpty(all.Where(e => e.Parent is not null && MaybeEmpty.Contains(e.LocalName)).ToList(), stats);
        foreach (var element in all)
        {
            if (element.Parent is not null)
            {
                StripAttributes(element);
                MakeAbsolute(element, pageUri);
            }
        }
    }

    private const int MaxHeaderText = 400;

    /// <summary>Removes the element and drops its former ancestors' measures, which included its text.</summary>
    private static void Remove(IElement element, TextStats stats)
    {
        var parent = element.ParentElement;
        element.Remove();
        if (parent is not null)
        {
            stats.Forget(parent);
        }
    }
}
