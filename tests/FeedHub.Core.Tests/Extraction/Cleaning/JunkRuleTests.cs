using FeedHub.Core.Extraction;
using static FeedHub.Core.Tests.Extraction.Cleaning.CleanerRun;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>ArticleCleaner.Junk (steps are PassSteps names): Readability's conditional cleaning of chrome-named, link-heavy and empty blocks, and what it must keep.</summary>
public class JunkRuleTests
{
    private const string Links = "<ul><li><a href=\"/a\">Tide tables for the week</a></li><li><a href=\"/b\">Ferry timetable changes</a></li></ul>";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            "a block named as chrome goes",
            Prose + "<div class=\"share-bar\"><p>Share this story with a friend</p></div>",
            "All",
            Prose
        },
        {
            "a wrapper named as chrome that holds most of the text stays",
            "<div class=\"below-banner\">" + Prose + Prose + "</div>",
            "All",
            "<div>" + Prose + Prose + "</div>"
        },
        {
            "without class weights a chrome name alone does not make a block junk",
            Prose + "<div class=\"share-bar\"><p>Share this story with a friend</p></div>",
            "CleanConditionally",
            Prose + "<div><p>Share this story with a friend</p></div>"
        },
        {
            "a short list of links goes",
            Prose + Links,
            "All",
            Prose
        },
        {
            "a link-heavy footer goes",
            Prose + "<footer><a href=\"/more\">More from the coast desk and the weekend edition</a></footer>",
            "All",
            Prose
        },
        {
            "a list of text, not links, stays",
            Prose + "<ul><li>Tide tables for the week</li><li>Ferry timetable changes</li></ul>",
            "All",
            Prose + "<ul><li>Tide tables for the week</li><li>Ferry timetable changes</li></ul>"
        },
        {
            "a figure with an image and no text stays",
            Prose + "<figure><img src=\"https://news.example/wall.jpg\" alt=\"\"></figure>",
            "All",
            Prose + "<figure><img src=\"https://news.example/wall.jpg\" alt=\"\"></figure>"
        },
        {
            "without conditional cleaning nothing is judged",
            Prose + Links,
            "StripUnlikely, WeighClasses",
            Prose + "<ul><li><a href=\"https://news.example/a\">Tide tables for the week</a></li><li><a href=\"https://news.example/b\">Ferry timetable changes</a></li></ul>"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Junk(string rule, string article, string steps, string expected)
    {
        Assert.NotEmpty(rule);
        Assert.Equal(expected, Clean(article, steps: Enum.Parse<PassSteps>(steps)));
    }
}
