using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.Taglines: a closing line about the writer goes when it names the byline's author; other closing lines stay.</summary>
public class TaglineRuleTests
{
    private const string Closing = "<p>Nadia Whitlock is the paper's transport columnist.</p>";

    public static TheoryData<string, string, string?, string> Cases => new()
    {
        {
            "the author's tagline among the last two paragraphs goes",
            Prose + Closing,
            "Nadia Whitlock",
            Prose
        },
        {
            "a byline with a job title still names the author",
            Prose + Closing + "<p>Letters: harbour@news.example</p>",
            "Nadia Whitlock, Transport Editor",
            Prose + "<p>Letters: harbour@news.example</p>"
        },
        {
            "a tagline about someone else stays",
            Prose + Closing,
            "Jane Doe",
            Prose + Closing
        },
        {
            "without an author nothing is a tagline",
            Prose + Closing,
            null,
            Prose + Closing
        },
        {
            "the name followed by something that is not a sentence about the writer stays",
            Prose + "<p>Nadia Whitlocks of the world will disagree.</p>",
            "Nadia Whitlock",
            Prose + "<p>Nadia Whitlocks of the world will disagree.</p>"
        },
        {
            "a paragraph about the author earlier in the article stays",
            "<p>Nadia Whitlock was on the quay when the vote came in.</p>" + Prose + Prose + Prose,
            "Nadia Whitlock",
            "<p>Nadia Whitlock was on the quay when the vote came in.</p>" + Prose + Prose + Prose
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tagline(string rule, string article, string? author, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article, author: author));
    }
}
