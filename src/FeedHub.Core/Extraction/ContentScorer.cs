using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Finds the element that holds the article, Readability-style: every paragraph-like block scores for its text
/// length and commas, the score flows up to its ancestors (less at each level), each candidate's score is
/// weighted by its class hints and by how little of its text is links, and structural cues (article, main,
/// itemprop=articleBody) add weight of their own.
/// </summary>
internal static class ContentScorer
{
    private static readonly HashSet<string> ScoredBlocks = ["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "div", "section", "figcaption"];
    private const int MinBlockLength = 25;
    private const int MaxAncestorLevels = 5;

    public static IElement? FindTopCandidate(IElement body, TextStats stats, out Dictionary<IElement, double> scores, bool weighClasses = true)
    {
        scores = [];
        foreach (var block in DomWalk.Descendants(body, e => ScoredBlocks.Contains(e.LocalName)))
        {
            if (block.LocalName is "div" or "section" && HasBlockChildren(block))
            {
                continue;
            }

            var length = stats.TextLength(block);
            if (length < MinBlockLength)
            {
                continue;
            }

            var blockScore = 1 + stats.Commas(block) + Math.Min(length / 100, 3);
            Propagate(block, blockScore, scores, weighClasses);
        }

        // The body and the root hold every block and would often win; they are the answer only when nothing else scored.
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (candidate, raw) in scores)
        {
            var score = raw * (1 - stats.LinkDensity(candidate)) + StructuralBonus(candidate);
            scores[candidate] = score;
            if (score > bestScore && candidate.LocalName is not ("body" or "html"))
            {
                (best, bestScore) = (candidate, score);
            }
        }

        if (best is null && scores.Count > 0)
        {
            best = body;
            bestScore = scores.GetValueOrDefault(body);
        }

        return best is null ? null : CommonContainer(best, bestScore, scores);
    }

    /// <summary>
    /// Repeated article blocks (live-blog entries, listicle items) each score alike and the best alone is a
    /// fragment: when at least three other top candidates score within 75% of the best, their nearest common
    /// container with it holds the article.
    /// </summary>
    private static IElement CommonContainer(IElement best, double bestScore, Dictionary<IElement, double> scores)
    {
        var rivals = scores.Where(s => s.Key != best && s.Value >= bestScore * 0.75 && !s.Key.Contains(best) && !best.Contains(s.Key))
            .OrderByDescending(s => s.Value).Take(4).Select(s => s.Key).ToList();
        if (rivals.Count < 3)
        {
            return best;
        }

        for (var ancestor = best.ParentElement; ancestor is not null && ancestor.LocalName is not ("body" or "html"); ancestor = ancestor.ParentElement)
        {
            if (rivals.Count(ancestor.Contains) >= 3)
            {
                return ancestor;
            }
        }

        return best;
    }

    private static void Propagate(IElement block, double blockScore, Dictionary<IElement, double> scores, bool weighClasses)
    {
        var level = 0;
        for (var ancestor = block.ParentElement; ancestor is not null && level < MaxAncestorLevels; ancestor = ancestor.ParentElement, level++)
        {
            if (!scores.ContainsKey(ancestor))
            {
                scores[ancestor] = InitialScore(ancestor, weighClasses);
            }

            var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
            scores[ancestor] += blockScore / divider;
        }
    }

    private static double InitialScore(IElement element, bool weighClasses)
    {
        var tagScore = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + (weighClasses ? ClassHints.Weight(element) : 0);
    }

    private static double StructuralBonus(IElement element)
    {
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return 30;
        }

        return element.LocalName switch
        {
            "article" => 20,
            "main" => 10,
            _ => 0,
        };
    }

    internal static bool HasBlockChildren(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is Element { LocalName: "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "pre" or "blockquote"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure" or "dl" or "aside" or "header" or "footer" })
            {
                return true;
            }
        }

        return false;
    }
}
