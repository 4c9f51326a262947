using AngleSharp.Dom;
using FeedHub.Core.Parsing;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>Reads an article's metadata from JSON-LD first, then Open Graph and other meta tags, then the markup itself.</summary>
internal static class MetadataReader
{
    /// <summary>
    /// Title, byline, excerpt and site name in Readability.js's order of trust (JSON-LD, then Dublin Core, Open Graph,
    /// Twitter and Parse.ly meta tags, then the document title or the visible byline); the byline as the page
    /// words it ("By Jane Doe"), and the author's name cleaned of it for feeds.
    /// </summary>
    public static PageMetadata Read(IDocument document, PageInventory inventory, Uri pageUri)
    {
        var ld = JsonLdArticle.Find(inventory.JsonLdScripts);
        var metas = MetaTags(inventory.HeadMetas);
        var reader = ReaderMeta.Read(inventory.Metas);
        string? Meta(params string[] names) => names.Select(n => metas.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);
        var h1s = inventory.Headings.Select(TextMeasures.NormalizedText).Where(t => t.Length > 0).ToList();
        var siteName = ld?.Publisher ?? reader.First("og:site_name");
        var title = LdTitle(ld, document, h1s)
            ?? reader.First("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title");
        // A title from metadata is the article's title as its publisher declares it, site name and all, as Readability.js
        // reads it; only the document title, which is the page's and not the article's, loses its site name.
        title = title is not null ? TextMeasures.Normalize(title).Trim() : FromDocumentTitle(document, h1s, siteName);
        var articleAuthor = reader.First("article:author") is { } author && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? author : null;
        var byline = ld?.Author ?? reader.First("dc:creator", "dcterm:creator", "author", "parsely-author") ?? articleAuthor ?? VisibleByline.Find(document.Body);
        return new PageMetadata
        {
            Title = title,
            Byline = byline is null ? null : TextMeasures.Normalize(byline).Trim(),
            Author = BylineCleaner.Clean(byline),
            Published = DateParser.Parse(ld?.DatePublished ?? Meta("article:published_time", "datePublished", "date", "dc.date", "pubdate", "parsely-pub-date")
                ?? DateFromMarkup(inventory)),
            Language = LanguageOf(document, ld, metas),
            Image = Absolute(ld?.Image ?? Meta("og:image", "og:image:url", "twitter:image", "twitter:image:src"), pageUri),
            CanonicalUrl = Absolute(CanonicalHref(inventory.HeadLinks), pageUri) is { } canonical
                && canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? canonical : null,
            Excerpt = ld?.Description ?? reader.First("dc:description", "dcterm:description", "og:description", "weibo:article:description",
                "weibo:webpage:description", "description", "twitter:description"),
            SiteName = siteName,
            JsonLdBody = ld?.Body,
        };
    }

    /// <summary>
    /// The document title's part that the page shows as its headline (in a heading or a line of its own), else the
    /// document title read with Readability's rules.
    /// </summary>
    private static string? FromDocumentTitle(IDocument document, List<string> h1s, string? siteName)
    {
        var whole = document.Title is { } raw ? TextMeasures.Normalize(raw).Trim() : null;
        if (!string.IsNullOrEmpty(whole))
        {
            var shown = SiteName.Strip(whole, siteName, ShownTexts(document.Body, whole));
            if (shown != whole)
            {
                return shown;
            }
        }

        return DocumentTitle.Of(document.Title, h1s, h1s) is { } title ? TextMeasures.Normalize(title).Trim() : null;
    }

    /// <summary>
    /// The texts the page shows as a line of their own (headings, and elements without element children) under 200
    /// characters, links aside (a navigation link names a section, not the article), to confirm which part of a title is the headline. Read only for a title that has a separator.
    /// </summary>
    private static HashSet<string> ShownTexts(IElement? body, string title)
    {
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (body is null || !SiteName.HasSeparator(title))
        {
            return shown;
        }

        DomWalk.Visit(body, element =>
        {
            if ((element.LocalName is "h1" or "h2" or "h3" || (element.ChildElementCount == 0 && element.LocalName != "a")) && element.TextContent is { Length: > 0 and < 200 } text)
            {
                shown.Add(TextMeasures.Normalize(text).Trim());
            }
        });
        return shown;
    }

    /// <summary>JSON-LD's name or headline; when both are given and differ, the headline only if it alone resembles the document title.</summary>
    private static string? LdTitle(JsonLdArticle? ld, IDocument document, List<string> h1s)
    {
        if (ld is not { Name: { } name, Headline: { } headline } || name == headline)
        {
            return ld?.Name ?? ld?.Headline;
        }

        var title = DocumentTitle.Of(document.Title, h1s, h1s) ?? string.Empty;
        return Similarity(headline, title) > 0.75 && Similarity(name, title) <= 0.75 ? headline : name;
    }

    /// <summary>How much of <paramref name="b"/>'s words <paramref name="a"/> shares, by length (Readability's textSimilarity).</summary>
    private static double Similarity(string a, string b)
    {
        var tokensA = Tokens(a).ToHashSet(StringComparer.Ordinal);
        var tokensB = Tokens(b).ToList();
        if (tokensA.Count == 0 || tokensB.Count == 0)
        {
            return 0;
        }

        var unique = string.Join(' ', tokensB.Where(t => !tokensA.Contains(t)));
        return 1 - ((double)unique.Length / string.Join(' ', tokensB).Length);
    }

    private static string[] Tokens(string text) =>
        text.ToLowerInvariant().Split(NonWord, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] NonWord = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c) && c != '_')];

    /// <summary>Meta tags by name, property or itemprop (case-insensitive; the first of a name wins).</summary>
    private static Dictionary<string, string> MetaTags(List<IElement> headMetas)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in headMetas)
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && XmlReading.Clean(meta.GetAttribute("content")) is { } content)
            {
                tags.TryAdd(name, content);
            }
        }

        return tags;
    }

    /// <summary>The href of the head's first link whose rel list has "canonical".</summary>
    private static string? CanonicalHref(List<IElement> headLinks) =>
        headLinks.FirstOrDefault(e => e.HasAttribute("href") && HasToken(e.GetAttribute("rel"), "canonical"))?.GetAttribute("href");

    /// <summary>Whether a white-space separated list (a rel attribute) holds the token, as CSS's ~= compares.</summary>
    private static bool HasToken(string? list, string token)
    {
        var span = (list ?? string.Empty).AsSpan();
        foreach (var part in span.SplitAny(" \t\n\r\f"))
        {
            if (span[part].Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first itemprop=datePublished content in the page, else the first time element's datetime.</summary>
    private static string? DateFromMarkup(PageInventory inventory) =>
        inventory.DatePublished?.GetAttribute("content") ?? inventory.Time?.GetAttribute("datetime");

    private static string? LanguageOf(IDocument document, JsonLdArticle? ld, Dictionary<string, string> metas)
    {
        return LanguageTag.Normalize(XmlReading.Clean(document.DocumentElement.GetAttribute("lang")) ?? ld?.Language
            ?? metas.GetValueOrDefault("og:locale") ?? metas.GetValueOrDefault("content-language") ?? metas.GetValueOrDefault("language"));
    }

    private static string? Absolute(string? url, Uri pageUri) =>
        url is not null && Uri.TryCreate(pageUri, url, out var resolved) ? resolved.AbsoluteUri : null;
}
