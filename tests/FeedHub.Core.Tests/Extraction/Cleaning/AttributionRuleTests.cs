using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.Metadata: the title heading and its short header block, date stamps and credits beside a caption are metadata, not text.</summary>
public class AttributionRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "a short byline goes",
            "<p class=\"byline\">By Jane Doe</p>" + Prose,
            Prose
        },
        {
            "a long element named as a byline is text and stays",
            "<div class=\"author\">" + Prose + Prose + "</div>",
            "<div>" + Prose + Prose + "</div>"
        },
        {
            "a date stamp goes",
            "<span class=\"published\">2 October 2025</span>" + Prose,
            Prose
        },
        {
            "a date in a table is data and stays",
            "<table><tbody><tr><td class=\"date\">2 October 2025</td><td>Opening</td></tr></tbody></table>" + Prose,
            "<table><tbody><tr><td>2 October 2025</td><td>Opening</td></tr></tbody></table>" + Prose
        },
        {
            "a credit beside a caption goes, the caption stays",
            "<figure><img src=\"/p.jpg\"><figcaption>The old wall at dawn</figcaption><span class=\"credit\">Photo: Evening Lantern</span></figure>" + Prose,
            "<figure><img src=\"https://news.example/p.jpg\"><figcaption>The old wall at dawn</figcaption></figure>" + Prose
        },
        {
            "a credit inside the caption stays with it",
            "<figure><img src=\"/p.jpg\"><figcaption>The old wall <span class=\"credit\">Photo: Evening Lantern</span></figcaption></figure>" + Prose,
            "<figure><img src=\"https://news.example/p.jpg\"><figcaption>The old wall <span>Photo: Evening Lantern</span></figcaption></figure>" + Prose
        },
        {
            "the title heading goes with its short header block",
            "<header><p>World</p><h1>Harbour wall to be rebuilt</h1><p>Standfirst: the vote ends a decade of argument</p></header>" + Prose,
            Prose
        },
        {
            "the title heading goes",
            "<h1>Harbour wall to be rebuilt</h1>" + Prose,
            Prose
        },
        {
            "a heading that is part of the title, in another letter case, is the title",
            "<h1>harbour wall</h1>" + Prose,
            Prose
        },
        {
            "the title heading's block goes with it when the rest of the block is short",
            "<div><p>World</p><h1>Harbour wall to be rebuilt</h1><p>The vote ends a decade of argument</p></div>" + Prose,
            Prose
        },
        {
            "a block that holds a long paragraph besides the title heading is the article and stays",
            "<div><h1>Harbour wall to be rebuilt</h1>" + Prose + "</div><p>Next: the costs.</p>",
            "<div>" + Prose + "</div><p>Next: the costs.</p>"
        },
        {
            "a heading that is not the title stays",
            "<h1>A different heading</h1>" + Prose,
            "<h1>A different heading</h1>" + Prose
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Attribution(string rule, string article, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article, title: "Harbour wall to be rebuilt"));
    }
}
