using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedHub.Core.Model;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Extracts an article's main content and metadata from a page. The steps run in a fixed order: read metadata
/// (JSON-LD lives in scripts), prepare the page (drop never-content, recover lazy images), score, assemble the
/// article, clean it, and render its text. The HTML it returns is not yet sanitized: the pipeline sanitizes last.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Pages longer than this (in characters) are cut before parsing; no article needs more.</summary>
    public const int MaxPageCharacters = 4 * 1024 * 1024;

    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });

    public Article Extract(string html, Uri pageUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = parser.ParseDocument(OversizedPage.Trim(html, MaxPageCharacters));
        var metadata = MetadataReader.Read(document, pageUri);
        var body = document.Body;
        PagePreparer.Prepare(document, body);

        Dictionary<IElement, double> scores = [];
        var stats = new TextStats();
        var top = body is null ? null : ContentScorer.FindTopCandidate(body, stats, out scores);
        var content = top is null
            ? FromJsonLd(document, metadata) ?? document.CreateElement("div")
            : ContentAssembler.Assemble(document, top, scores, stats);
        ArticleCleaner.Clean(content, metadata.Title, pageUri);

        var text = TextRenderer.Render(content);
        if (text.Length < 200 && metadata.JsonLdBody is { Length: > 200 })
        {
            content = FromJsonLd(document, metadata)!;
            text = TextRenderer.Render(content);
        }

        var words = TextMeasures.CountWords(text);
        return new Article
        {
            Title = metadata.Title,
            Byline = metadata.Byline,
            Published = metadata.Published,
            Language = metadata.Language,
            Image = metadata.Image ?? content.QuerySelector("img[src]")?.GetAttribute("src"),
            Excerpt = metadata.Excerpt ?? FirstParagraph(text),
            Text = text,
            Html = content.InnerHtml.Trim(),
            WordCount = words,
        };
    }

    /// <summary>schema.org articleBody as paragraphs, for pages whose markup hides the text (rendered by script).</summary>
    private static IElement? FromJsonLd(IDocument document, PageMetadata metadata)
    {
        if (metadata.JsonLdBody is null)
        {
            return null;
        }

        var container = document.CreateElement("div");
        foreach (var paragraph in metadata.JsonLdBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = document.CreateElement("p");
            p.TextContent = paragraph;
            container.AppendChild(p);
        }

        return container;
    }

    private static string? FirstParagraph(string text)
    {
        var first = text.Split("\n\n").FirstOrDefault(b => b.Length > 60);
        return first is null ? null : first.Length <= 300 ? first : first[..300].TrimEnd() + "…";
    }
}
