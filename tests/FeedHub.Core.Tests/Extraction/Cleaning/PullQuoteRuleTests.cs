using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.PullQuotes: a display copy of a passage goes, a quotation that appears once stays.</summary>
public class PullQuoteRuleTests
{
    private const string Quoted = "<p>\"We will not let the harbour silt up again,\" said the chair of the authority.</p>";

    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "a blockquote repeating a passage goes",
            Quoted + "<blockquote><p>“We will not let the harbour silt up again”</p></blockquote>" + Prose,
            Quoted + Prose
        },
        {
            "an element named as a pull quote repeating a passage goes",
            Quoted + "<div class=\"pull-quote\">We will not let the harbour silt up again.</div>" + Prose,
            Quoted + Prose
        },
        {
            "a blockquote quoting something said once stays",
            Prose + "<blockquote><p>The sea takes back what it is given, sooner or later.</p></blockquote>",
            Prose + "<blockquote><p>The sea takes back what it is given, sooner or later.</p></blockquote>"
        },
        {
            "a short repeated phrase is not taken for a pull quote",
            "<p>Rebuild it.</p>" + Prose + "<blockquote>Rebuild it.</blockquote>",
            "<p>Rebuild it.</p>" + Prose + "<blockquote>Rebuild it.</blockquote>"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pull_quote(string rule, string article, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article));
    }
}
