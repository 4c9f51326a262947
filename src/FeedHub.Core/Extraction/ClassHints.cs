using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// What an element's class, id, role and itemprop say about it: the vocabulary sites use for chrome (share bars,
/// teasers, cookie notices) and for content (article body, callouts, FAQs). Matching is on whole name parts so that
/// "ad" matches "ad-slot" but not "heading" or "download".
/// </summary>
internal static partial class ClassHints
{
    [GeneratedRegex(@"(^|[\s_-])(comments?|commentlist|respond|reply|share|sharing|sharebar|sharedaddy|social|related|relatedposts|recommended|recommendations|more-stories|read-more|read-next|read-also|also-read|you-may-like|also-like|teasers?|newsletter|subscribe|subscription|signup|sign-up|cookies?|consent|gdpr|adblock|ad-block|ads?|advert|advertisement|adslot|ad-slot|sponsor(ed)?|promo|promotion|breadcrumbs?|nav|navbar|navigation|menu|footer|masthead|site-header|sidebar|widget|popup|modal|overlay|banner|toolbar|pagination|pager|print|login|paywall|paywalled|paywall-prompt|barrier|regwall|piano|outbrain|taboola|disqus|rss-link|tags?|tag-list|author-bio|bio|author-box|author-card|about-author|about-the-author|contact-box|press-contact|media-contact|deals?|buy|buybox|buy-box|where-to-buy|affiliates?|coupons?|skip-link|jump-link|linenos|linenodiv|lineno|line-numbers|gutter|trending|most-read|popular|standfirst|dek|strapline|copyright|badge|video-player|videoplayer)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"(^|[\s_-])(article|article-body|articlebody|story|story-body|entry|entry-content|post|post-content|post-body|content|main|main-content|body|text|blog|prose|callout|faq|note|notice-box|info-box|infobox|figure|caption|recipe|instructions)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"(^|[\s_-])(byline|author|authors|dateline|article-meta|meta-author|writer)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"(^|[\s_-])(date|dates|pubdate|published|timestamp|updated|posted-on|post-date|entry-date|article-date|story-date|publish-date)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dated();

    [GeneratedRegex(@"(^|[\s_-])(credit|credits)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>+25 for content names, -25 for chrome names, both may apply (Readability's class weight).</summary>
    public static int Weight(IElement element)
    {
        var (negative, positive, _, _, _) = Match(NamesOf(element));
        return (negative ? -25 : 0) + (positive ? 25 : 0);
    }

    public static bool IsChrome(IElement element)
    {
        var names = NamesOf(element);
        var (negative, positive, _, _, _) = Match(names);
        return (negative && !positive) || ChromeRoles.Contains(names.Role ?? string.Empty);
    }

    public static bool IsByline(IElement element) => BylineDateOrCredit(element).Byline;

    /// <summary>
    /// Whether the element is named as a byline (by its class, id or itemprop, or rel/itemprop "author"), as a date
    /// and as a (photo) credit, from one read of its names.
    /// </summary>
    public static (bool Byline, bool Date, bool Credit) BylineDateOrCredit(IElement element)
    {
        var names = NamesOf(element);
        var match = Match(names);
        var byline = match.Byline || string.Equals(names.Rel, "author", StringComparison.OrdinalIgnoreCase)
            || string.Equals(names.ItemProp, "author", StringComparison.OrdinalIgnoreCase);
        return (byline, match.Date, match.Credit);
    }

    /// <summary>The attributes the hints read, in one pass over the element's attributes (GetAttribute scans them each time).</summary>
    private static Names NamesOf(IElement element)
    {
        var attributes = element.Attributes;
        var names = default(Names);
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            switch (attribute?.Name)
            {
                case "class": names = names with { Classes = attribute.Value }; break;
                case "id": names = names with { Id = attribute.Value }; break;
                case "itemprop": names = names with { ItemProp = attribute.Value }; break;
                case "role": names = names with { Role = attribute.Value }; break;
                case "rel": names = names with { Rel = attribute.Value }; break;
            }
        }

        return names;
    }

    private readonly record struct Names(string? Classes, string? Id, string? ItemProp, string? Role, string? Rel);

    [ThreadStatic]
    private static Dictionary<string, (bool Negative, bool Positive, bool Byline, bool Date, bool Credit)>? cache;

    /// <summary>
    /// The five vocabularies (chrome, content, byline, date, credit) matched against the element's names (class, id and
    /// itemprop, space-separated). Most elements have none (no regex runs) and pages repeat the same class strings,
    /// so results are cached per thread (bounded; cleared when full) and looked up from a stack buffer, without
    /// building a string per element.
    /// </summary>
    private static (bool Negative, bool Positive, bool Byline, bool Date, bool Credit) Match(Names element)
    {
        var (classes, id, itemprop) = (element.Classes, element.Id, element.ItemProp);
        if (classes is null && id is null && itemprop is null)
        {
            return default;
        }

        var length = (classes?.Length ?? 0) + (id?.Length ?? 0) + (itemprop?.Length ?? 0) + 2;
        var names = length <= 512 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var part in (ReadOnlySpan<string?>)[classes, " ", id, " ", itemprop])
        {
            part.AsSpan().CopyTo(names[at..]);
            at += part?.Length ?? 0;
        }

        cache ??= new Dictionary<string, (bool, bool, bool, bool, bool)>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(names, out var known))
        {
            return known;
        }

        if (cache.Count > 8192)
        {
            cache.Clear();
        }

        return lookup[names] = (Negative().IsMatch(names), Positive().IsMatch(names), Byline().IsMatch(names), Dated().IsMatch(names), Credit().IsMatch(names));
    }
}
