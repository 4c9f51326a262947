using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.Links: in-page anchors are unwrapped, permalink marks dropped, addresses made absolute against the page.</summary>
public class LinkRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "an in-page link is unwrapped, its text kept",
            "<p>See <a href=\"#comments\">the comments</a> below, where readers argued at length about the breakwater.</p>",
            "<p>See the comments below, where readers argued at length about the breakwater.</p>"
        },
        {
            "a heading's permalink mark goes",
            "<h2>The vote <a href=\"#the-vote\">#</a></h2>" + Prose,
            "<h2>The vote </h2>" + Prose
        },
        {
            "a pilcrow or zero-width permalink goes too",
            "<h2>Costs<a href=\"#costs\">¶</a></h2><h3>Works<a href=\"#works\">\u200B</a></h3>" + Prose,
            "<h2>Costs</h2><h3>Works</h3>" + Prose
        },
        {
            "relative links and sources become absolute",
            "<p>The <a href=\"../plans/breakwater.pdf\">plans</a> and a <img src=\"/img/wall.jpg\" alt=\"wall\"> photo, both published by the authority this week.</p>",
            "<p>The <a href=\"https://news.example/world/plans/breakwater.pdf\">plans</a> and a <img src=\"https://news.example/img/wall.jpg\" alt=\"wall\"> photo, both published by the authority this week.</p>"
        },
        {
            "every candidate of a srcset is resolved",
            "<figure><img src=\"a.jpg\" srcset=\"a-400.jpg 400w, /b-800.jpg 800w\" alt=\"\"></figure>" + Prose,
            "<figure><img src=\"https://news.example/world/2026/a.jpg\" srcset=\"https://news.example/world/2026/a-400.jpg 400w, https://news.example/b-800.jpg 800w\" alt=\"\"></figure>" + Prose
        },
        {
            "an absolute link stays as it is",
            "<p>Read the <a href=\"https://harbour.example/minutes\">minutes</a> of the meeting, published on the authority's own site.</p>",
            "<p>Read the <a href=\"https://harbour.example/minutes\">minutes</a> of the meeting, published on the authority's own site.</p>"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Link(string rule, string article, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article));
    }
}
