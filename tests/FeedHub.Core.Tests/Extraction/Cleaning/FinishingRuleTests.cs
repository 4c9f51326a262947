using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.Finishing: empty elements go (white space that separates words and pre content stay), and only attributes that carry meaning are kept.</summary>
public class FinishingRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "empty paragraphs and spans go",
            Prose + "<p> </p><p><span></span></p>" + Prose,
            Prose + Prose
        },
        {
            "an inline element holding only the space between two words stays",
            "<p>harbour<span> </span>authority, which met on Tuesday to vote on the breakwater and its costs.</p>",
            "<p>harbour<span> </span>authority, which met on Tuesday to vote on the breakwater and its costs.</p>"
        },
        {
            "white space inside pre is content and stays",
            Prose + "<pre><code><span class=\"line\"></span>\n<span class=\"line\">let x = 1;</span>\n<span>    </span></code></pre>",
            Prose + "<pre><code><span></span>\n<span>let x = 1;</span>\n<span>    </span></code></pre>"
        },
        {
            "an element with only an image stays",
            Prose + "<p><img src=\"https://news.example/wall.jpg\" alt=\"The wall\"></p>",
            Prose + "<p><img src=\"https://news.example/wall.jpg\" alt=\"The wall\"></p>"
        },
        {
            "presentational and script attributes go, meaningful ones stay",
            "<p class=\"lead\" style=\"color:red\" data-track=\"1\" lang=\"en\" dir=\"ltr\">The authority met on Tuesday and voted, after a long debate, to rebuild the wall.</p>"
                + "<table><tbody><tr><td colspan=\"2\" width=\"50%\">Cost</td></tr></tbody></table>",
            "<p lang=\"en\" dir=\"ltr\">The authority met on Tuesday and voted, after a long debate, to rebuild the wall.</p>"
                + "<table><tbody><tr><td colspan=\"2\">Cost</td></tr></tbody></table>"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finishing(string rule, string article, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article));
    }
}
