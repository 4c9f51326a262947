using AngleSharp.Html.Parser;
using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>
/// Each step of the fallback chain on a page that needs it, with the path it reports: the main pass, a retry with
/// unlikely-candidate removal off, JSON-LD articleBody, a noscript or template copy, a Next.js or Arc application
/// state, and the density baseline; and a site rule still wins over all of them.
/// </summary>
public class FallbackChainTests
{
    private static readonly Uri Page = new("https://news.example/2026/11/harbour.html");
    private readonly ArticleExtractor extractor = new();

    private static readonly string[] Sentences =
    [
        "The council voted on Tuesday evening to approve the new harbour plan, which sets out how the waterfront will change over the next decade, including new cycle lanes, a public square and a ferry terminal.",
        "Residents who spoke at the meeting were divided, with some welcoming the investment and others worried about traffic, noise and the loss of the old fish market, which has stood on the quay since 1902.",
        "The plan now goes to the regional authority, which has three months to respond. Work on the first phase, the cycle lanes, could begin as early as next spring if the authority raises no objections.",
    ];

    private static readonly string Paragraphs = string.Concat(Sentences.Select(s => $"<p>{s}</p>"));

    private const string Chrome = """<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>""";

    [Fact]
    public void An_ordinary_article_comes_from_the_main_pass()
    {
        var article = extractor.Extract($"<html><body>{Chrome}<article><h1>Harbour plan approved</h1>{Paragraphs}</article></body></html>", Page);

        AssertWholeArticle(article, ExtractionPaths.Main);
    }

    [Theory]
    [InlineData("sidebar")]
    [InlineData("comment")]
    public void An_article_in_a_block_named_like_chrome_comes_from_the_retry_without_unlikely_removal(string name)
    {
        var article = extractor.Extract($"""<html><body>{Chrome}<div class="{name}"><div class="{name}-body">{Paragraphs}</div></div></body></html>""", Page);

        AssertWholeArticle(article, ExtractionPaths.KeepUnlikely);
    }

    [Fact]
    public void A_paywall_teaser_gives_way_to_the_json_ld_article_body()
    {
        var body = string.Join("\\n", Sentences);
        var article = extractor.Extract($$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan approved","articleBody":"{{body}}"}</script></head>
            <body>{{Chrome}}<div id="root"><h1>Harbour plan approved</h1><div class="paywall"><p>Subscribe to read the full story.</p></div></div></body></html>
            """, Page);

        AssertWholeArticle(article, ExtractionPaths.JsonLd);
        Assert.DoesNotContain("Subscribe", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<noscript><article>{0}</article></noscript>")]
    [InlineData("<template id=\"story\"><article>{0}</article></template>")]
    [InlineData("<script type=\"text/x-template\" id=\"story\"><article>{0}</article></script>")]
    public void A_script_rendered_shell_gives_way_to_its_embedded_copy(string copy)
    {
        var article = extractor.Extract($"<html><body>{Chrome}<div id=\"app\"><p>Loading…</p></div>{string.Format(System.Globalization.CultureInfo.InvariantCulture, copy, Paragraphs)}</body></html>", Page);

        AssertWholeArticle(article, ExtractionPaths.EmbeddedCopy);
        Assert.DoesNotContain("Loading", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"headline":"Harbour plan approved","body":[{0}]}}}}</script>""")]
    [InlineData("""<script>Fusion.globalContent={"headlines":{"basic":"Harbour plan approved"},"content_elements":[{0}]};Fusion.deployment="1";</script>""")]
    public void A_script_rendered_shell_gives_way_to_the_application_state(string state)
    {
        var elements = string.Join(',', Sentences.Select(s => $$"""{"type":"text","content":"{{s}}"}"""));
        var article = extractor.Extract($"<html><body>{Chrome}<div id=\"__next\"><p>Loading…</p></div>{state.Replace("{0}", elements, StringComparison.Ordinal)}</body></html>", Page);

        AssertWholeArticle(article, ExtractionPaths.AppState);
    }

    [Fact]
    public void A_short_result_on_a_long_page_is_not_challenged_by_a_shorter_structured_copy()
    {
        var article = extractor.Extract($$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{Sentences[0]}}"}</script></head>
            <body>{{Chrome}}<article>{{Paragraphs}}</article></body></html>
            """, Page);

        AssertWholeArticle(article, ExtractionPaths.Main);
    }

    [Fact]
    public void The_density_baseline_finds_the_longest_run_of_prose_in_flat_markup()
    {
        var document = new HtmlParser().ParseDocument($"""
            <html><body><div><a href="/a">Home</a> <a href="/b">News</a> <a href="/c">Sport</a></div>
            <div>{Sentences[0]}</div><div>{Sentences[1]}</div><h3>Next</h3><div>{Sentences[2]}</div>
            <div><a href="/1">One more link list</a> <a href="/2">and another link</a></div><div>Short footer text.</div></body></html>
            """);

        var run = DensityBaseline.Find(document, document.Body, new TextStats()).TextContent;

        Assert.All(Sentences, sentence => Assert.Contains(sentence, run, StringComparison.Ordinal));
        Assert.Contains("Next", run, StringComparison.Ordinal); // a short block between two dense ones is bridged
        Assert.DoesNotContain("link", run, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", run, StringComparison.Ordinal);
        Assert.DoesNotContain("footer", run, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_rule_wins_over_the_structured_copies()
    {
        var rule = new SiteRule("news.example", ".teaser", []);
        var article = new ArticleExtractor([rule]).Extract($"""
            <html><body><div class="teaser"><p>The operator wants only this teaser.</p></div><noscript><article>{Paragraphs}</article></noscript></body></html>
            """, Page);

        Assert.Equal("The operator wants only this teaser.", article.Text);
        Assert.Equal(ExtractionPaths.SiteRule, article.ExtractionPath);
    }

    private static void AssertWholeArticle(Model.Article article, string path)
    {
        Assert.Equal(path, article.ExtractionPath);
        foreach (var sentence in Sentences)
        {
            Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Sport", article.Text, StringComparison.Ordinal);
    }
}
