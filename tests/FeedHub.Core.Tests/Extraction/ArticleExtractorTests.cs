using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

public class ArticleExtractorTests
{
    private static readonly Uri Page = new("https://news.example/2026/11/story.html");
    private readonly ArticleExtractor extractor = new();

    private const string Paragraphs = """
        <p>The council voted on Tuesday evening to approve the new harbour plan, which sets out how the waterfront will change over the next decade, including new cycle lanes, a public square and a ferry terminal.</p>
        <p>Residents who spoke at the meeting were divided, with some welcoming the investment and others worried about traffic, noise and the loss of the old fish market, which has stood on the quay since 1902.</p>
        <p>The plan now goes to the regional authority, which has three months to respond. Work on the first phase, the cycle lanes, could begin as early as next spring if the authority raises no objections.</p>
        """;

    [Fact]
    public void Reads_metadata_from_json_ld_and_meta_tags()
    {
        var html = $$$"""
            <html lang="en-GB"><head><title>Council approves harbour plan | Daily Example</title>
            <meta property="og:image" content="/img/lead.jpg">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves harbour plan","datePublished":"2026-11-20T09:30:00+01:00","author":{"@type":"Person","name":"Jane Doe"}}</script>
            </head><body><nav><a href="/">Home</a></nav><article><h1>Council approves harbour plan</h1>{{{Paragraphs}}}</article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.Equal("Council approves harbour plan", article.Title);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("https://news.example/img/lead.jpg", article.Image);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("The council voted", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Jane Doe, Senior Reporter", "Jane Doe")]
    [InlineData("von Max Mustermann | 12. März 2026", "Max Mustermann")]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("https://news.example/authors/jane", null)]
    public void Cleans_bylines(string raw, string? expected) => Assert.Equal(expected, BylineCleaner.Clean(raw));

    [Fact]
    public void Text_has_one_blank_line_between_blocks_and_resolves_urls()
    {
        var html = $"""<html><body><div class="post-content"><h2>Heading</h2>{Paragraphs}<p><a href="/more">More</a> and <img src="pic.jpg" alt="x"></p></div></body></html>""";

        var article = extractor.Extract(html, Page);

        Assert.Contains("Heading\n\nThe council voted", article.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/more\"", article.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://news.example/2026/11/pic.jpg\"", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_sanitized_without_losing_the_text()
    {
        var html = $"""
            <html><body><article>{Paragraphs}
            <p>Read the <a href="javascript:alert(1)" onclick="steal()">minutes</a> and see the <img src="x.png" onerror="steal()" alt="map">
            <marquee>moving notice</marquee> <video src="https://cdn.news.example/clip.mp4" autoplay controls></video></p>
            </article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.DoesNotContain("javascript:", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("marquee", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("autoplay", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a>minutes</a>", article.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://news.example/2026/11/x.png\"", article.Html, StringComparison.Ordinal);
        Assert.Contains("moving notice", article.Html, StringComparison.Ordinal);
        Assert.Contains("Read the minutes and see the moving notice", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlighted_code_keeps_its_spaces_and_line_breaks()
    {
        // Prism (Docusaurus) markup: a space is a span of its own, and every line ends with a br, not a newline.
        var html = $"""
            <html><body><article>{Paragraphs}
            <pre><code><span class="token-line"><span class="token keyword">import</span><span class="token plain"> </span><span>{"{"}</span><span class="token plain"> Queue </span><span>{"}"}</span><span class="token plain"> </span><span class="token keyword">from</span><span class="token plain"> </span><span class="token string">"core"</span>;<br></span><span class="token-line"><span class="token plain">  run</span>();</span></code></pre>
            <p>Words <b>split</b><span> </span><i>by</i><span> </span>spans stay apart, as the page shows them.</p>
            </article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.Contains("import { Queue } from \"core\";\n  run();", article.Text, StringComparison.Ordinal);
        Assert.Contains("Words split by spans stay apart", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_permalinks_and_ad_labels_are_not_text()
    {
        var html = $"""
            <html><body><article>{Paragraphs}
            <h2 id="options">Options<a href="#options" class="hash-link" aria-label="Direct link to Options">&#8203;</a></h2>
            <h3 id="limits">Limits <a class="headerlink" href="#limits">¶</a></h3>
            <div class="arcad-wrapper"><div class="arcad-label">Advertisement</div><div id="slot-1"></div></div>
            <p>See <a href="#options">the options</a> above.</p>
            </article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.Contains("\n\nOptions\n\nLimits\n\nSee the options above.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200B", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_quote_that_repeats_the_article_goes_and_a_quotation_stays()
    {
        var html = $"""
            <html><body><article>{Paragraphs}
            <p>“The harbour is the town’s front door, and it has been shut for far too long,” the mayor said after the vote.</p>
            <figure class="wp-block-pullquote"><blockquote><p>The harbour is the town’s front door.</p><cite>The mayor</cite></blockquote></figure>
            <blockquote><p>No harbour in the region has been rebuilt without a public square beside it since 1950.</p></blockquote>
            </article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.Single(article.Text.Split("\n\n"), b => b.Contains("front door", StringComparison.Ordinal));
        Assert.DoesNotContain("The mayor\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("No harbour in the region has been rebuilt", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_columnists_closing_tagline_is_metadata_but_the_same_name_inside_the_story_is_not()
    {
        var html = $"""
            <html><head><meta name="author" content="Nadia Whitlock"></head><body><article>
            <p>Nadia Whitlock is not the first columnist to ride the night bus, and she will not be the last, the driver told her.</p>
            {Paragraphs}
            <p><em>Nadia Whitlock is the Lantern’s transport columnist. Her column appears every Thursday.</em></p>
            </article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.Equal("Nadia Whitlock", article.Byline);
        Assert.StartsWith("Nadia Whitlock is not the first columnist", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("transport columnist", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("raises no objections.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_credit_inside_the_caption_stays_and_one_beside_it_goes()
    {
        var html = $"""
            <html><body><article>{Paragraphs}
            <figure><img src="quay.jpg" alt=""><figcaption>The old fish market on the quay. <span class="caption__credit">Photo: Harbour Archive</span></figcaption></figure>
            <figure class="Figure"><img src="bus.jpg" alt=""><div class="Figure-content"><div class="Figure-caption"><p>The ferry terminal site at dawn.</p></div><div class="Figure-credit">Photo: Evening Lantern</div></div></figure>
            </article></body></html>
            """;

        var article = extractor.Extract(html, Page);

        Assert.Contains("The old fish market on the quay. Photo: Harbour Archive", article.Text, StringComparison.Ordinal);
        Assert.Contains("The ferry terminal site at dawn.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Evening Lantern", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lazy_images_are_recovered()
    {
        var html = $"""<html><body><article>{Paragraphs}<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" alt="real"></article></body></html>""";

        var article = extractor.Extract(html, Page);

        Assert.Contains("https://news.example/real.jpg", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_and_huge_scripts_end_in_a_result()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 10_000));
        var script = "<script>" + new string('x', 3_000_000) + "</script>";
        var html = $"<html><body>{script}{deep}<article>{Paragraphs}</article></body></html>";

        var article = extractor.Extract(html, Page);

        Assert.Contains("The council voted", article.Text, StringComparison.Ordinal);
    }
}
