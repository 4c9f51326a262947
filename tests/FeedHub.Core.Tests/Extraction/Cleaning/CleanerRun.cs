using AngleSharp.Html.Parser;
using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction.Cleaning;

/// <summary>
/// Runs the article cleaner on one fragment, as the extractor runs it on an assembled article, and gives back the
/// cleaned HTML. Each rule's test class is a table of fragments and what the cleaner must leave of them.
/// </summary>
internal static class CleanerRun
{
    public static readonly Uri Page = new("https://news.example/world/2026/harbour-story.html");

    /// <summary>A paragraph long enough to be article text by any measure (about 60 words), so that a rule's target is the short thing beside it.</summary>
    public const string Prose = "<p>The harbour authority voted on Tuesday to rebuild the northern breakwater, ending a decade of argument over "
        + "who should pay for the works, how long the channel would stay closed to the fishing fleet, and whether the old stone "
        + "wall could be saved at all. Engineers expect the first caissons to be floated into place next spring.</p>";

    public static string Clean(string article, string? title = null, string? author = null, PassSteps steps = PassSteps.All)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body><div id=\"article\">{article}</div></body></html>");
        var content = document.GetElementById("article")!;
        ArticleCleaner.Clean(content, new PageMetadata { Title = title, Author = author }, Page, new TextStats(), steps);
        return MarkupWriter.InnerHtml(content);
    }
}
