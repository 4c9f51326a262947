using AngleSharp.Dom;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Extraction;

/// <summary>Reads an article's metadata from JSON-LD first, then Open Graph and other meta tags, then the markup itself.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri pageUri)
    {
        var ld = JsonLdArticle.Find(document);
        var h1 = document.QuerySelectorAll("h1").Select(TextMeasures.NormalizedText).FirstOrDefault(t => t.Length > 0);
        var rawTitle = ld?.Headline ?? Meta(document, "og:title", "twitter:title", "dc.title") ?? document.Title;
        return new PageMetadata
        {
            Title = TitleCleaner.Clean(rawTitle, h1, Meta(document, "og:site_name")),
            Byline = BylineCleaner.Clean(ld?.Author ?? Meta(document, "author", "article:author", "dc.creator", "parsely-author") ?? BylineFromMarkup(document)),
            Published = DateParser.Parse(ld?.DatePublished ?? Meta(document, "article:published_time", "datePublished", "date", "dc.date", "pubdate", "parsely-pub-date")
                ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
                ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Language = LanguageOf(document, ld),
            Image = Absolute(ld?.Image ?? Meta(document, "og:image", "og:image:url", "twitter:image", "twitter:image:src"), pageUri),
            Excerpt = ld?.Description ?? Meta(document, "og:description", "description", "twitter:description"),
            JsonLdBody = ld?.Body,
        };
    }

    private static string? Meta(IDocument document, params string[] names)
    {
        foreach (var name in names)
        {
            var element = document.QuerySelectorAll("meta").FirstOrDefault(m =>
                string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase));
            var content = XmlReading.Clean(element?.GetAttribute("content"));
            if (content is not null)
            {
                return content;
            }
        }

        return null;
    }

    private static string? BylineFromMarkup(IDocument document) =>
        document.QuerySelectorAll("[rel=author], [itemprop=author], .byline, .author, .article-author")
            .Select(TextMeasures.NormalizedText)
            .FirstOrDefault(t => t.Length is > 2 and < 100);

    private static string? LanguageOf(IDocument document, JsonLdArticle? ld)
    {
        var lang = XmlReading.Clean(document.DocumentElement.GetAttribute("lang")) ?? ld?.Language ?? Meta(document, "og:locale", "content-language", "language");
        return lang?.Replace('_', '-');
    }

    private static string? Absolute(string? url, Uri pageUri) =>
        url is not null && Uri.TryCreate(pageUri, url, out var resolved) ? resolved.AbsoluteUri : null;
}
