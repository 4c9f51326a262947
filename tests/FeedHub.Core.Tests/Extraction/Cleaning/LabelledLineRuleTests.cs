using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.LabelledLines: short blocks that say in their first words what they are (teaser, byline line, ad label) go; article text that starts alike stays.</summary>
public class LabelledLineRuleTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "a read-also teaser between paragraphs goes",
            Prose + "<p>Read also: <a href=\"/other\">Storm damage along the coast road</a></p>" + Prose,
            Prose + Prose
        },
        {
            "a teaser in another language goes",
            Prose + "<p>Lire aussi : <a href=\"/autre\">La tempête sur la route côtière</a></p>",
            Prose
        },
        {
            "a sentence that starts with the same words but is not a link stays",
            Prose + "<p>Read more about the vote in the minutes, which run to forty pages.</p>",
            Prose + "<p>Read more about the vote in the minutes, which run to forty pages.</p>"
        },
        {
            "a plain byline line goes",
            "<p>Written by Jane Doe, 12 February 2022</p>" + Prose,
            Prose
        },
        {
            "a list item with the same words stays",
            Prose + "<ul><li>Written by hand in 1890, the original charter survives</li></ul>",
            Prose + "<ul><li>Written by hand in 1890, the original charter survives</li></ul>"
        },
        {
            "an ad slot's label goes, in any letter case",
            Prose + "<div>ADVERTISEMENT</div>" + Prose,
            Prose + Prose
        },
        {
            "a paragraph that only mentions advertising stays",
            Prose + "<p>Advertising revenue fell.</p>",
            Prose + "<p>Advertising revenue fell.</p>"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Labelled_line(string rule, string article, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article));
    }
}
