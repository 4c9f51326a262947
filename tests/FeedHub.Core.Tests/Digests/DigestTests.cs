using System.Text.Json;
using FeedHub.Core.Curation;
using FeedHub.Core.Digests;
using FeedHub.Core.Model;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Digests;

public class DigestTests
{
    private const string Article = """
        The council approved the rebuilt harbour wall on Tuesday after a two-year campaign by residents.

        Engineers said the new wall would protect 400 homes from winter storms and high tides along the harbour front.

        The mayor thanked the residents who campaigned for the harbour wall and promised work would start in spring.

        A local bakery celebrated with a cake shaped like a lighthouse.

        Funding for the wall comes from a national flood defence grant worth 12 million pounds.
        """;

    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 27, 7, 0, 0, TimeSpan.Zero));
    private static readonly CuratedFeedDefinition Feed = new() { Id = "local", Title = "Local" };
    private static readonly Dictionary<string, SourceDefinition> Sources = new()
    {
        ["a"] = new SourceDefinition { Id = "a", Title = "Harbour Times", Location = new Uri("https://a.example/feed"), Interval = TimeSpan.FromMinutes(30) },
        ["b"] = new SourceDefinition { Id = "b", Title = "City Notes", Location = new Uri("https://b.example/feed"), Interval = TimeSpan.FromMinutes(30) },
    };

    private static Entry Report(string source, string key, string title, int hoursAgo, string? text = null) => new()
    {
        SourceId = source,
        ItemKey = key,
        Title = title,
        Link = $"https://{source}.example/{key}",
        Published = Time.GetUtcNow().AddHours(-hoursAgo),
        ArticleText = text,
        Content = text is null ? "<p>Short note about " + title + " for readers today.</p>" : null,
        ContentHash = "h",
        FirstSeen = Time.GetUtcNow().AddHours(-hoursAgo),
        LastChanged = Time.GetUtcNow(),
    };

    private static IReadOnlyList<StoryEntry> Stories() =>
    [
        new(Report("a", "fair", "Autumn fair draws crowds", 2), [Report("a", "fair", "Autumn fair draws crowds", 2)]),
        new(Report("a", "wall", "Harbour wall approved", 20, Article), [Report("a", "wall", "Harbour wall approved", 20, Article), Report("b", "wall2", "Council backs sea wall", 18)]),
        new(Report("b", "old", "Last week's story", 24 * 8), [Report("b", "old", "Last week's story", 24 * 8)]),
    ];

    [Fact]
    public void Stories_in_the_window_are_ranked_by_coverage_then_recency_with_summaries()
    {
        var now = Time.GetUtcNow();
        var digest = DigestBuilder.Build(Feed, Stories(), Sources, now.AddDays(-1), now)!;

        Assert.Equal(["Harbour wall approved", "Autumn fair draws crowds"], digest.Stories.Select(s => s.Title));
        var wall = digest.Stories[0];
        Assert.Equal(["Harbour Times", "City Notes"], wall.Sources.Select(s => s.Title));
        Assert.Equal(2, wall.Summary.Count);
        Assert.StartsWith("The council approved the rebuilt harbour wall", wall.Summary[0], StringComparison.Ordinal);
        Assert.DoesNotContain(wall.Summary, s => s.Contains("bakery", StringComparison.Ordinal));
        Assert.Equal(1, wall.ReadingMinutes);
    }

    [Fact]
    public void Building_the_same_window_twice_gives_the_same_digest_and_an_empty_window_none()
    {
        var now = Time.GetUtcNow();
        var stored = Stories();
        var first = DigestBuilder.Build(Feed, stored, Sources, now.AddDays(-1), now);
        Time.Advance(TimeSpan.FromHours(3));
        var second = DigestBuilder.Build(Feed, stored, Sources, now.AddDays(-1), now);

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        Assert.NotEqual(first!.Id, DigestBuilder.Build(Feed, stored, Sources, now.AddDays(-2), now)!.Id);
        Assert.Null(DigestBuilder.Build(Feed, stored, Sources, now.AddDays(-5), now.AddDays(-4)));
    }

    [Fact]
    public void A_digest_grouped_by_source_lists_sections_in_the_order_of_their_best_story()
    {
        var now = Time.GetUtcNow();
        var feed = Feed with { Digest = new DigestSchedule("0 0 7 * * ?", TimeZoneInfo.Utc, TimeSpan.FromDays(1)) { GroupBy = DigestGrouping.Source } };
        IReadOnlyList<StoryEntry> stories =
        [
            .. Stories(),
            new(Report("b", "choir", "Choir wins title", 1), [Report("b", "choir", "Choir wins title", 1)]),
        ];

        var digest = DigestBuilder.Build(feed, stories, Sources, now.AddDays(-1), now)!;

        Assert.Equal(["Harbour wall approved", "Autumn fair draws crowds", "Choir wins title"], digest.Stories.Select(s => s.Title));
        Assert.Equal(["Harbour Times", "Harbour Times", "City Notes"], digest.Stories.Select(s => s.Section));
        var html = DigestHtml.Fragment(digest, DigestKeys.For(feed.Digest!));
        Assert.Equal(2, html.Split("<section><h2>").Length - 1);
        Assert.True(html.IndexOf("<h2>Harbour Times</h2>", StringComparison.Ordinal) < html.IndexOf("<h2>City Notes</h2>", StringComparison.Ordinal));
        Assert.Contains("<h3><a href=\"https://b.example/choir\">Choir wins title</a></h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_grouped_by_tag_uses_the_category_most_reports_carry()
    {
        var now = Time.GetUtcNow();
        var feed = Feed with { Digest = new DigestSchedule("0 0 7 * * ?", TimeZoneInfo.Utc, TimeSpan.FromDays(1)) { GroupBy = DigestGrouping.Tag } };
        var lead = Report("a", "wall", "Harbour wall approved", 20, Article) with { Categories = ["Politics", "Harbour"] };
        IReadOnlyList<StoryEntry> stories =
        [
            new(lead, [lead, Report("b", "wall2", "Council backs sea wall", 18) with { Categories = ["harbour"] }]),
            new(Report("a", "fair", "Autumn fair draws crowds", 2), [Report("a", "fair", "Autumn fair draws crowds", 2)]),
        ];

        var digest = DigestBuilder.Build(feed, stories, Sources, now.AddDays(-1), now)!;

        Assert.Equal(["Harbour", DigestBuilder.OtherSection], digest.Stories.Select(s => s.Section));
    }

    [Fact]
    public void The_fragment_carries_absolute_http_links_and_images_only()
    {
        var end = new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
        var digest = new Digest("f", "F", "urn:uuid:0", end.AddDays(-1), end,
        [
            new DigestStory("Relative", "/articles/1", [new DigestSource("A", "javascript:alert(1)", end) { Site = "file:///etc/passwd" }], ["One."], 1, end) { Image = "data:image/png;base64,AAAA" },
            new DigestStory("Absolute", "https://a.example/2", [new DigestSource("B", "https://b.example/2", end) { Site = "https://b.example/" }], ["Two."], 1, end) { Image = "https://a.example/2.jpg", Language = "fr" },
        ]);

        var html = DigestHtml.Fragment(digest, DigestKeys.For(new DigestSchedule("0 0 7 * * ?", TimeZoneInfo.Utc, TimeSpan.FromDays(1))));

        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value), url => Assert.StartsWith("https://", url, StringComparison.Ordinal));
        Assert.Contains("<h2>Relative</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://a.example/2.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://b.example/\">B</a> (<a href=\"https://b.example/2\">its report</a>)", html, StringComparison.Ordinal);
        Assert.Contains("<article lang=\"fr\" dir=\"auto\">", html, StringComparison.Ordinal);
        Assert.Contains("6 Dec 2026 06:00 – 7 Dec 2026 06:00 UTC", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_keeps_the_lead_and_the_central_sentences_in_text_order()
    {
        const string text = "Storm Ingrid hit the northern coast overnight. A choir rehearsed in the town hall. Ferries were cancelled along the northern coast because of the storm. The storm cut power to the northern coast for hours.";

        var summary = ExtractiveSummary.Summarize(text, 2);

        Assert.Equal(4, ExtractiveSummary.Sentences(text).Count);
        Assert.Equal("Storm Ingrid hit the northern coast overnight.", summary[0]); // the lead, as news is written
        Assert.DoesNotContain(summary, s => s.Contains("choir", StringComparison.Ordinal)); // the one sentence off the story
        Assert.Equal(2, summary.Count);
    }
}
