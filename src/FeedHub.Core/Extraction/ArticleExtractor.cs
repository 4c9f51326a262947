using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FeedHub.Core.Model;
using FeedHub.Core.Sanitizing;
using FeedHub.Core.Text;

namespace FeedHub.Core.Extraction;

/// <summary>
/// Extracts an article's main content and metadata from a page. The steps run in a fixed order: read metadata
/// (JSON-LD lives in scripts), prepare the page (drop never-content, recover lazy images), score, assemble the
/// article, clean it, render its text, and sanitize it (with the rules of <see cref="ContentSanitizer"/>, in the
/// tree) before serializing it: the HTML it returns is safe to publish.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Pages longer than this (in characters) are cut before parsing; no article needs more.</summary>
    public const int MaxPageCharacters = 4 * 1024 * 1024;

    private readonly HtmlParser parser = new(
        new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false, DisableElementPositionTracking = true, SkipComments = true },
        BrowsingContext.New(ParsingOnly));

    /// <summary>
    /// AngleSharp's default configuration without the services a browser needs and an extractor does not: the
    /// attribute observers (which keep class lists, image sources, link relations and form state in sync on every
    /// attribute the parser sets) and the link-relation factory (which prepares style-sheet loads). The extractor
    /// reads attributes only, so nothing it uses changes; parsing the fixture pages takes about 8% less time.
    /// </summary>
    private static readonly IConfiguration ParsingOnly = Configuration.Default.Without<IAttributeObserver>().Without<ILinkRelationFactory>();
    private readonly IReadOnlyList<SiteRule> siteRules;
    private readonly ContentSanitizer sanitizer;

    /// <param name="siteRules">The operator's per-site rules.</param>
    /// <param name="sanitizer">The one sanitizer of the process (its rules decide what FeedHub publishes); the article is sanitized with it as the last step, in the extractor's own tree.</param>
    public ArticleExtractor(IEnumerable<SiteRule>? siteRules = null, ContentSanitizer? sanitizer = null)
    {
        this.siteRules = [.. siteRules ?? []];
        this.sanitizer = sanitizer ?? new ContentSanitizer();
    }

    public Article Extract(string html, Uri pageUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        var page = MarkupBudget.Fit(OversizedPage.Trim(html, MaxPageCharacters));
        var documents = new List<IDocument>();
        try
        {
            var document = Parse(page, documents);
            var inventory = PageInventory.Take(document);
            var metadata = MetadataReader.Read(document, inventory, pageUri);
            var rule = SiteRule.For(siteRules, pageUri);
            var chosen = (rule is null ? null : ByRule(document, inventory, rule, metadata, pageUri))
                ?? ByHeuristics(page, document, rule is null ? inventory : PageInventory.Take(document), metadata, pageUri, documents);
            return Publish(chosen, metadata);
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private IDocument Parse(string html, List<IDocument> documents)
    {
        var document = parser.ParseDocument(html);
        documents.Add(document);
        return document;
    }

    /// <summary>
    /// The fallback chain, judged by its result: the main pass; while the article is too short against the page's
    /// visible prose (<see cref="VisibleText.IsEnough"/>), the pass again on a fresh parse with one more eager step
    /// off (the longest result is kept); then the page's structured copies of its article (JSON-LD articleBody, a
    /// noscript or template copy, an application's JSON state); then the density baseline. The first that is enough
    /// wins, else the longest of all. Retries cost a parse and a pass each, and only pages that need them pay.
    /// A short result (under Readability's 500 characters) that is enough for a page showing next to nothing, the
    /// "Loading…" shell of a script-rendered page or a paywall's teaser, is still challenged by the structured
    /// copies: one that holds at least twice the text is the article the page ships for its script to show.
    /// </summary>
    private ExtractionCandidate ByHeuristics(string page, IDocument document, PageInventory inventory, PageMetadata metadata, Uri pageUri, List<IDocument> documents)
    {
        var prose = VisibleText.ProseLength(document.Body);
        var best = Pass(document, inventory, metadata, pageUri, PassSteps.All, ExtractionPaths.Main);
        foreach (var (steps, path) in Relaxations)
        {
            if (VisibleText.IsEnough(best.Text.Length, prose))
            {
                break;
            }

            var again = Parse(page, documents);
            var relaxed = Pass(again, PageInventory.Take(again), metadata, pageUri, steps, path);
            best = relaxed.Text.Length > best.Text.Length ? relaxed : best;
        }

        var structured = new Func<ExtractionCandidate?>[]
        {
            () => FromJsonLd(document, metadata, inventory),
            () => EmbeddedCopy.Find(inventory) is { } copy ? FromCopy(Parse(Wrap(copy), documents), metadata, pageUri) : null,
            () => AppState.Find(inventory) is { } state ? Structured(Parse(Wrap(state), documents), metadata.Title, pageUri, ExtractionPaths.AppState) : null,
        };
        foreach (var fallback in structured)
        {
            var enough = VisibleText.IsEnough(best.Text.Length, prose);
            if (enough && best.Text.Length >= ShortArticle)
            {
                return best;
            }

            var candidate = fallback();
            if (candidate is not null && (enough
                ? candidate.Text.Length >= 2 * best.Text.Length
                : candidate.Text.Length > best.Text.Length || VisibleText.IsEnough(candidate.Text.Length, prose)))
            {
                best = candidate;
            }
        }

        if (!VisibleText.IsEnough(best.Text.Length, prose) && Densest(Parse(page, documents), pageUri) is var densest && densest.Text.Length > best.Text.Length)
        {
            best = densest;
        }

        return best;
    }

    /// <summary>Readability.js's char threshold: a result shorter than this is challenged by the page's structured copies.</summary>
    private const int ShortArticle = 500;

    /// <summary>Each retry turns one more eager step off (cumulative, as Readability.js does).</summary>
    private static readonly (PassSteps Steps, string Path)[] Relaxations =
    [
        (PassSteps.WeighClasses | PassSteps.CleanConditionally, ExtractionPaths.KeepUnlikely),
        (PassSteps.CleanConditionally, ExtractionPaths.NoClassWeights),
        (PassSteps.None, ExtractionPaths.NoCleaning),
    ];

    private static ExtractionCandidate Pass(IDocument document, PageInventory inventory, PageMetadata metadata, Uri pageUri, PassSteps steps, string path)
    {
        var stats = new TextStats();
        var content = HeuristicPass.Run(document, metadata, inventory.Images, pageUri, steps, stats);
        return new ExtractionCandidate(document, content, stats, path, inventory.Styles);
    }

    private static string Wrap(string bodyHtml) => "<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>";

    /// <summary>A noscript or template copy is a page body of its own: the main pass reads it, else it is taken whole.</summary>
    private static ExtractionCandidate FromCopy(IDocument copy, PageMetadata metadata, Uri pageUri)
    {
        var inventory = PageInventory.Take(copy);
        var whole = VisibleText.ProseLength(copy.Body);
        var pass = Pass(copy, inventory, metadata, pageUri, PassSteps.All, ExtractionPaths.EmbeddedCopy);
        return VisibleText.IsEnough(pass.Text.Length, whole) ? pass : Structured(copy, metadata.Title, pageUri, ExtractionPaths.EmbeddedCopy);
    }

    /// <summary>Content that is already the article (a state's paragraphs, a copy's body): never-content dropped, nothing else judged.</summary>
    private static ExtractionCandidate Structured(IDocument document, string? title, Uri pageUri, string path)
    {
        var container = document.CreateElement("div");
        foreach (var child in document.Body?.ChildNodes.ToList() ?? [])
        {
            container.AppendChild(child);
        }

        foreach (var never in DomWalk.Descendants(container, PagePreparer.IsNeverContent))
        {
            never.Remove();
        }

        var stats = new TextStats();
        ArticleCleaner.CleanKeepingStructure(container, title, pageUri, stats);
        return new ExtractionCandidate(document, container, stats, path, []);
    }

    private static ExtractionCandidate Densest(IDocument document, Uri pageUri)
    {
        var inventory = PageInventory.Take(document);
        PagePreparer.Prepare(document, document.Body, inventory.Images, stripUnlikely: false);
        var stats = new TextStats();
        var content = DensityBaseline.Find(document, document.Body, stats);
        ArticleCleaner.CleanKeepingStructure(content, null, pageUri, stats);
        return new ExtractionCandidate(document, content, stats, ExtractionPaths.Density, inventory.Styles);
    }

    private Article Publish(ExtractionCandidate chosen, PageMetadata metadata)
    {
        var (content, text) = (chosen.Content, chosen.Text);
        var words = TextMeasures.CountWords(text);
        var linkDensity = chosen.Stats.LinkDensity(content);
        // Sanitized here, in the tree, rather than serialized and parsed again by whoever publishes the HTML. The
        // sanitizer also rewrites every style sheet of the document it is given, so the page's go first: they are
        // never part of the article, and rewriting them cost more than sanitizing the article itself.
        foreach (var style in chosen.Styles)
        {
            style.Remove();
        }

        sanitizer.SanitizeInPlace((IHtmlDocument)chosen.Document, (IHtmlElement)content);
        return new Article(metadata)
        {
            Image = metadata.Image ?? DomWalk.FirstDescendant(content, e => e.LocalName == "img" && e.HasAttribute("src"))?.GetAttribute("src"),
            Excerpt = metadata.Excerpt ?? FirstParagraph(text),
            Text = text,
            Html = MarkupWriter.InnerHtml(content).Trim(),
            WordCount = words,
            ReadingMinutes = TextMeasures.ReadingMinutes(text, words),
            LinkDensity = linkDensity,
            ExtractionPath = chosen.Path,
        };
    }

    /// <summary>The operator's selectors: strip what the rule removes, keep what its content selector matches (null when nothing does).</summary>
    private static ExtractionCandidate? ByRule(IDocument document, PageInventory inventory, SiteRule rule, PageMetadata metadata, Uri pageUri)
    {
        foreach (var selector in rule.Remove)
        {
            foreach (var element in document.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        if (rule.Content is null)
        {
            return null;
        }

        var matches = document.QuerySelectorAll(rule.Content).Where(m => !m.Ancestors<IElement>().Any(a => a.Matches(rule.Content))).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        LazyImages.Recover(document);
        var container = document.CreateElement("div");
        foreach (var match in matches)
        {
            container.AppendChild(match.Clone(true));
        }

        foreach (var never in DomWalk.Descendants(container, PagePreparer.IsNeverContent))
        {
            never.Remove();
        }

        var stats = new TextStats();
        ArticleCleaner.CleanKeepingStructure(container, metadata.Title, pageUri, stats);
        return new ExtractionCandidate(document, container, stats, ExtractionPaths.SiteRule, inventory.Styles);
    }

    /// <summary>schema.org articleBody as paragraphs, for pages whose markup hides the text (rendered by script).</summary>
    private static ExtractionCandidate? FromJsonLd(IDocument document, PageMetadata metadata, PageInventory inventory)
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

        return new ExtractionCandidate(document, container, new TextStats(), ExtractionPaths.JsonLd, inventory.Styles);
    }

    private static string? FirstParagraph(string text)
    {
        var first = text.Split("\n\n").FirstOrDefault(b => b.Length > 60);
        return first is null ? null : first.Length <= 300 ? first : first[..300].TrimEnd() + "…";
    }
}
