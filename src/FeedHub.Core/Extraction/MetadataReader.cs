using AngleSharp.Dom;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Extraction;

/// <summary>Reads an article's metadata from JSON-LD first, then Open Graph and other meta tags, then the markup itself.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument document, PageInventory inventory, Uri pageUri)
    {
        var ld = JsonLdArticle.Find(inventory.JsonLdScripts);
        var metas = MetaTags(inventory.HeadMetas);
        string? Meta(params string[] names) => names.Select(n => metas.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);
        var h1 = inventory.Headings.Select(TextMeasures.NormalizedText).FirstOrDefault(t => t.Length > 0);
        var headline = ld?.Headline ?? Meta("og:title", "twitter:title", "dc.title");
        return new PageMetadata
        {
            Title = TitleCleaner.Clean(headline, document.Title, h1, Meta("og:site_name")),
            Byline = BylineCleaner.Clean(ld?.Author ?? Meta("author", "article:author", "dc.creator", "parsely-author") ?? BylineFromMarkup(document)),
            Published = DateParser.Parse(ld?.DatePublished ?? Meta("article:published_time", "datePublished", "date", "dc.date", "pubdate", "parsely-pub-date")
                ?? DateFromMarkup(inventory)),
            Language = LanguageOf(document, ld, metas),
            Image = Absolute(ld?.Image ?? Meta("og:image", "og:image:url", "twitter:image", "twitter:image:src"), pageUri),
            Canonical = Absolute(CanonicalHref(inventory.HeadLinks), pageUri) is { } canonical
                && canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? canonical : null,
            Excerpt = ld?.Description ?? Meta("og:description", "description", "twitter:description"),
            JsonLdBody = ld?.Body,
        };
    }

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

    private static string? BylineFromMarkup(IDocument document) =>
        (document.Body is { } body ? DomWalk.Descendants(body, ClassHints.IsByline) : [])
            .Select(TextMeasures.NormalizedText)
            .FirstOrDefault(t => t.Length is > 2 and < 100);

    private static string? LanguageOf(IDocument document, JsonLdArticle? ld, Dictionary<string, string> metas)
    {
        return LanguageTag.Normalize(XmlReading.Clean(document.DocumentElement.GetAttribute("lang")) ?? ld?.Language
            ?? metas.GetValueOrDefault("og:locale") ?? metas.GetValueOrDefault("content-language") ?? metas.GetValueOrDefault("language"));
    }

    private static string? Absolute(string? url, Uri pageUri) =>
        url is not null && Uri.TryCreate(pageUri, url, out var resolved) ? resolved.AbsoluteUri : null;
}
