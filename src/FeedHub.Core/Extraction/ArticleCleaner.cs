using AngleSharp.Dom;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Cleans the assembled article: drops the byline and the title heading (both become metadata), teaser lists,
/// share bars and other link-heavy or empty blocks, and every attribute but the few that carry meaning;
/// relative links and image sources are made absolute.
/// </summary>
internal static class ArticleCleaner
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

    /// <summary>
    /// Short blocks that say what they are in their first words: a paragraph that is mostly a link and starts
    /// "Read also:" (in any of several languages) is a teaser for another story dropped between the article's
    /// paragraphs; a block that only says who wrote the page or when ("Written by …, 12 February 2022") is metadata;
    /// a block that says only "Advertisement" is the label of an ad slot whose ad did not load.
    /// </summary>
    private static void RemoveLabelledLines(IEnumerable<IElement> candidates, TextStats stats)
    {
        foreach (var element in candidates)
        {
            var length = stats.TextLength(element);
            if (length is 0 or > 250)
            {
                continue;
            }

            var text = element.TextContent;
            if (IsAdLabel(text))
            {
                Remove(element, stats);
                continue;
            }

            var teaser = stats.LinkDensity(element) >= 0.5 && StartsWithAny(text, Vocabulary.ReadAlsoPrefixes);
            var metadata = length < 120 && element.LocalName != "li" && StartsWithAny(text, Vocabulary.MetadataPrefixes);
            if (teaser || metadata)
            {
                Remove(element, stats);
            }
        }
    }

    private static bool IsAdLabel(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length <= 20 && Vocabulary.AdLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed);
    }

    /// <summary>
    /// Pull quotes: a blockquote, an aside or an element named as a pull quote, one of whose paragraphs repeats a
    /// passage of the article (quotation marks and end punctuation aside) is a display copy of it, not more text. A blockquote that
    /// quotes anything else stays: it is the article quoting someone.
    /// </summary>
    private static void RemoveRepeatedQuotes(IElement content, List<IElement> quotes, TextStats stats)
    {
        if (quotes.Count == 0)
        {
            return;
        }

        var whole = TextMeasures.NormalizedText(content);
        foreach (var quote in quotes)
        {
            if (!content.Contains(quote)) // an earlier quote may have held this one
            {
                continue;
            }

            var passages = DomWalk.Descendants(quote, e => e.LocalName is "p" or "blockquote").Prepend(quote);
            if (passages.Select(p => TextMeasures.NormalizedText(p).Trim(QuoteMarks)).Any(t => t.Length >= 30 && IsRepeated(whole, t)))
            {
                Remove(quote, stats);
            }
        }
    }

    /// <summary>Quotation marks, dashes and end punctuation, which a pull quote adds or changes around the passage it repeats.</summary>
    private static readonly char[] QuoteMarks = ['"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', ' ', '–', '—', '.', ',', ';', ':', '!', '?', '…'];

    private static bool IsRepeated(string whole, string passage)
    {
        var first = whole.IndexOf(passage, StringComparison.Ordinal);
        return first >= 0 && whole.IndexOf(passage, first + passage.Length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// A columnist's tagline or a contributor note: one of the article's last two paragraphs, short, that starts
    /// with the byline's first name and goes on as a sentence about that person. It describes the writer, which is
    /// metadata, like the byline itself.
    /// </summary>
    private static void RemoveAuthorTagline(List<IElement> lastParagraphs, string? byline, TextStats stats)
    {
        var name = byline?.Split(',')[0].Trim();
        if (name is not { Length: >= 3 })
        {
            return;
        }

        foreach (var paragraph in lastParagraphs)
        {
            var text = TextMeasures.NormalizedText(paragraph);
            if (text.Length < 300 && text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && Vocabulary.TaglineVerbs.Any(verb => string.CompareOrdinal(text, name.Length, verb, 0, verb.Length) == 0))
            {
                Remove(paragraph, stats);
            }
        }
    }

    /// <summary>The last <paramref name="count"/> p elements among <paramref name="candidates"/> (document order) still in the content.</summary>
    private static List<IElement> LastParagraphs(IElement content, List<IElement> candidates, int count)
    {
        var found = new List<IElement>(count);
        for (var i = candidates.Count - 1; i >= 0 && found.Count < count; i--)
        {
            if (candidates[i].LocalName == "p" && content.Contains(candidates[i]))
            {
                found.Insert(0, candidates[i]);
            }
        }

        return found;
    }

    private static bool IsNamedPullQuote(IElement element) =>
        element.GetAttribute("class") is { } names && (names.Contains("pullquote", StringComparison.OrdinalIgnoreCase)
            || names.Contains("pull-quote", StringComparison.OrdinalIgnoreCase) || names.Contains("pull_quote", StringComparison.OrdinalIgnoreCase));

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

    /// <summary>
    /// A short element named as the date (the caller checks the name: "Published 2 October 2025", a dated span in the article's header). Not in
    /// a table, list or definition, where dates are data (a timetable, a recipe's times, a changelog).
    /// </summary>
    private static bool IsDateStamp(IElement element, IElement content, TextStats stats)
    {
        return stats.TextLength(element) < 80
            && !element.Ancestors<IElement>().TakeWhile(a => a != content).Any(a => a.LocalName is "table" or "ul" or "ol" or "dl" or "p");
    }

    /// <summary>
    /// A photo credit (named so by the caller) kept apart from its caption ("Photo: Evening Lantern" in a figure's credit element): the
    /// caption is article text, a credit beside it is not. A credit inside the caption element stays with it.
    /// </summary>
    private static bool IsCreditBesideCaption(IElement element, TextStats stats) =>
        stats.TextLength(element) is > 0 and <= 150 && !element.Ancestors<IElement>().Any(a => a.LocalName is "figcaption" or "caption");

    /// <summary>
    /// The title heading goes, and with it the article's header block around it when that block is short (kicker,
    /// standfirst, byline and date, which are metadata, not article text).
    /// </summary>
    private static void RemoveTitleHeading(IElement content, IEnumerable<IElement> headings, string? title, TextStats stats)
    {
        foreach (var h1 in headings)
        {
            var text = TextMeasures.NormalizedText(h1);
            if (title is null || text.Length == 0 || title.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                Remove(HeaderBlock(h1, content, stats), stats);
            }
        }
    }

    private const int MaxHeaderText = 400;

    private static IElement HeaderBlock(IElement h1, IElement content, TextStats stats)
    {
        var block = h1;
        var heading = stats.TextLength(h1);
        // A block right under the content is taken only when the content was assembled from several siblings (the
        // header is then one of them); when it holds a single element, that element is the whole article.
        var severalMembers = DomWalk.ChildElements(content).Skip(1).Any();
        for (var parent = h1.ParentElement; parent is not null && parent != content && (severalMembers || parent.ParentElement != content); parent = parent.ParentElement)
        {
            var rest = stats.TextLength(parent) - heading;
            if (rest > MaxHeaderText || DomWalk.FirstDescendant(parent, p => p.LocalName == "p" && stats.TextLength(p) > 250) is not null || parent.LocalName is "article" or "main")
            {
                break;
            }

            block = parent;
        }

        return block;
    }

    /// <summary>
    /// A block to drop: named as chrome (when names count) unless it holds most of the article's text (a page wrapper
    /// named "below-banner" is not a banner), a link-heavy header or footer, a short link list, or empty of text and media.
    /// </summary>
    private static bool IsJunk(IElement element, TextStats stats, bool weighClasses, int wholeLength)
    {
        if (element.Parent is null)
        {
            return false;
        }

        var length = stats.TextLength(element);
        if (weighClasses && ClassHints.Weight(element) < 0 && length < wholeLength / 2)
        {
            return true;
        }

        var density = stats.LinkDensity(element);

        if (element.LocalName is "header" or "footer")
        {
            return density > 0.3 || length < 120;
        }

        if (density > 0.5 && length < 1000)
        {
            return true;
        }

        return length == 0 && DomWalk.FirstDescendant(element, e => Media.Contains(e.LocalName)) is null;
    }

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

    /// <summary>
    /// Removes elements with no text and no media. An inline element that holds only white space is kept: it is
    /// what separates two words (a highlighted code token's space, "a<span> </span>b"); nothing inside a pre is
    /// touched, where white space is the content.
    /// </summary>
    private static void RemoveEmpty(List<IElement> candidates, TextStats stats)
    {
        candidates.Reverse();
        foreach (var element in candidates)
        {
            if (stats.TextLength(element) == 0 && DomWalk.FirstDescendant(element, e => KeepsEmpty.Contains(e.LocalName)) is null
                && !(IsInline(element) && element.TextContent.Length > 0) && !element.Ancestors<IElement>().Any(a => a.LocalName == "pre"))
            {
                Remove(element, stats);
            }
        }
    }

    private static bool IsInline(IElement element) => element.LocalName is "span" or "a" or "strong" or "em" or "b" or "i";

    private static void StripAttributes(IElement element)
    {
        var attributes = element.Attributes;
        for (var i = attributes.Length - 1; i >= 0; i--)
        {
            if (attributes[i] is { } attribute && !KeptAttributes.Contains(attribute.Name))
            {
                element.RemoveAttribute(attribute.Name);
            }
        }
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
