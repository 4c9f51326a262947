using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

/// <summary>
/// The storage behaviour both stores must share, written once: <see cref="SqliteFeedStoreTests"/> runs it on a
/// temporary SQLite file, <see cref="PostgresFeedStoreTests"/> on a fresh PostgreSQL database.
/// </summary>
public abstract partial class FeedStoreTests<TFixture>(TFixture fixture) : StoreTests<TFixture>(fixture)
    where TFixture : class, IStoreFixture
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Entry NewEntry(string key, string hash, DateTimeOffset seen, string? article = null) => new()
    {
        SourceId = "s1",
        ItemKey = key,
        Title = "Title " + key,
        Link = "https://example.org/" + key,
        Published = seen.AddHours(-1),
        Categories = ["a", "b"],
        ContentHash = hash,
        FirstSeen = seen,
        LastChanged = seen,
        ArticleHtml = article,
        ArticleText = article,
        Image = "https://example.org/" + key + ".jpg",
    };

    [StoreFact]
    public async Task Storing_the_same_items_twice_never_duplicates()
    {
        var entries = new[] { NewEntry("1", "h1", T0), NewEntry("2", "h2", T0) };

        await Store.UpsertEntriesAsync(entries, CancellationToken.None);
        await Store.UpsertEntriesAsync(entries, CancellationToken.None);

        Assert.Equal(2, await Store.CountEntriesAsync(CancellationToken.None));
        var hashes = await Store.GetEntryHashesAsync("s1", ["1", "2", "3"], CancellationToken.None);
        Assert.Equal(new Dictionary<string, StoredHashes> { ["1"] = new("h1", null), ["2"] = new("h2", null) }, hashes);
    }

    [StoreFact]
    public async Task Source_fingerprints_are_stored_with_entries_and_can_be_renewed_alone()
    {
        await Store.UpsertEntriesAsync([NewEntry("1", "h1", T0) with { SourceFingerprint = "f1" }, NewEntry("2", "h2", T0)], CancellationToken.None);

        await Store.SaveSourceFingerprintsAsync("s1", new Dictionary<string, string> { ["2"] = "f2" }, CancellationToken.None);

        var hashes = await Store.GetEntryHashesAsync("s1", ["1", "2"], CancellationToken.None);
        Assert.Equal(new Dictionary<string, StoredHashes> { ["1"] = new("h1", "f1"), ["2"] = new("h2", "f2") }, hashes);
        var second = Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None), e => e.ItemKey == "2");
        Assert.Equal(("h2", T0, "f2"), (second.ContentHash, second.LastChanged, second.SourceFingerprint));
    }

    [StoreFact]
    public async Task An_update_changes_the_entry_but_keeps_first_seen_and_the_article()
    {
        await Store.UpsertEntriesAsync([NewEntry("1", "h1", T0, article: "<p>full</p>")], CancellationToken.None);
        var updated = NewEntry("1", "h2", T0.AddDays(1)) with { Title = "Corrected title" };

        await Store.UpsertEntriesAsync([updated], CancellationToken.None);

        var stored = Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None));
        Assert.Equal("Corrected title", stored.Title);
        Assert.Equal("h2", stored.ContentHash);
        Assert.Equal(T0, stored.FirstSeen);
        Assert.Equal(T0.AddDays(1), stored.LastChanged);
        Assert.Equal("<p>full</p>", stored.ArticleHtml);
        Assert.Equal(["a", "b"], stored.Categories);
    }

    [StoreFact]
    public async Task The_article_page_language_survives_a_later_poll_that_carries_the_feed_language()
    {
        await Store.UpsertEntriesAsync([NewEntry("1", "h1", T0) with { Language = "en" }], CancellationToken.None);
        await Store.SaveArticleAsync(NewEntry("1", "h1", T0, article: "<p>Volltext</p>") with { Language = "de-AT", ArticleStatus = ArticleStatus.Extracted }, CancellationToken.None);

        await Store.UpsertEntriesAsync([NewEntry("1", "h2", T0.AddHours(1)) with { Language = "en" }], CancellationToken.None);

        Assert.Equal("de-AT", Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None)).Language);
    }

    [StoreFact]
    public async Task The_article_page_image_survives_a_later_poll_that_carries_the_feed_image()
    {
        await Store.UpsertEntriesAsync([NewEntry("1", "h1", T0) with { Image = "https://feed.example/thumb.jpg" }], CancellationToken.None);
        await Store.SaveArticleAsync(NewEntry("1", "h1", T0, article: "<p>x</p>") with { Image = "https://page.example/lead.jpg", ArticleStatus = ArticleStatus.Extracted }, CancellationToken.None);

        await Store.UpsertEntriesAsync([NewEntry("1", "h2", T0.AddHours(1)) with { Image = "https://feed.example/thumb.jpg" }], CancellationToken.None);

        Assert.Equal("https://page.example/lead.jpg", Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None)).Image);
    }

    [StoreFact]
    public async Task A_poll_is_written_whole_or_not_at_all()
    {
        var state = new SourceState { SourceId = "s1", ETag = "\"v2\"", NextDue = T0.AddHours(1) };
        var broken = NewEntry("2", "h2", T0) with { ContentHash = null! }; // violates NOT NULL half-way through the poll
        var poll = new PollWrite(state, [NewEntry("1", "h1", T0), broken], new Dictionary<string, string> { ["9"] = "f9" });

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SavePollAsync(poll, CancellationToken.None));

        Assert.Empty(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None));
        Assert.Null(await Store.GetSourceStateAsync("s1", CancellationToken.None));

        await Store.SavePollAsync(poll with { Entries = [NewEntry("1", "h1", T0)] }, CancellationToken.None);

        Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None));
        Assert.Equal("\"v2\"", (await Store.GetSourceStateAsync("s1", CancellationToken.None))?.ETag);
    }

    [StoreFact]
    public async Task The_extraction_path_is_stored_with_the_article_and_survives_a_later_poll()
    {
        await Store.UpsertEntriesAsync([NewEntry("1", "h1", T0)], CancellationToken.None);
        await Store.SaveArticleAsync(NewEntry("1", "h1", T0, article: "<p>full</p>") with { ExtractionPath = "relaxed-unlikely", ArticleStatus = ArticleStatus.Extracted }, CancellationToken.None);

        await Store.UpsertEntriesAsync([NewEntry("1", "h2", T0.AddHours(1))], CancellationToken.None);

        Assert.Equal("relaxed-unlikely", Assert.Single(await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None)).ExtractionPath);
    }

    [StoreFact]
    public async Task Recent_entries_come_newest_first_and_only_from_the_given_sources()
    {
        await Store.UpsertEntriesAsync(
        [
            NewEntry("old", "h", T0.AddDays(-2)),
            NewEntry("new", "h", T0),
            NewEntry("other", "h", T0.AddDays(1)) with { SourceId = "s2" },
        ], CancellationToken.None);

        var recent = await Store.GetRecentEntriesAsync(["s1"], 10, CancellationToken.None);

        Assert.Equal(["new", "old"], recent.Select(e => e.ItemKey));
    }

    [StoreFact]
    public async Task Source_state_round_trips()
    {
        var state = new SourceState
        {
            SourceId = "s1", ETag = "\"abc\"", LastModified = "Fri, 27 Nov 2026 12:00:00 GMT", LastPolled = T0, NextDue = T0.AddMinutes(30), ConsecutiveFailures = 2, LastError = "HTTP 500", Title = "Feed",
            MovedTo = "https://new.example/feed", MovedFrom = "https://old.example/feed", RedirectTarget = "https://newer.example/feed", RedirectStreak = 2,
            GoneSince = T0.AddDays(-1), GoneAt = "https://gone.example/feed", SiteLink = "https://site.example/",
            Schedule = new PublishingSchedule { Ttl = TimeSpan.FromMinutes(90), UpdatePeriod = TimeSpan.FromHours(1), SkipHours = [0, 1], SkipDays = [DayOfWeek.Sunday] },
        };

        await Store.SaveSourceStateAsync(state, CancellationToken.None);
        await Store.SaveSourceStateAsync(state with { ETag = "\"def\"" }, CancellationToken.None);

        Assert.Equal(state with { ETag = "\"def\"" }, await Store.GetSourceStateAsync("s1", CancellationToken.None));
        Assert.Null(await Store.GetSourceStateAsync("nope", CancellationToken.None));
        Assert.Single(await Store.GetSourceStatesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Extracted_pages_are_kept_per_url()
    {
        var page = new ExtractedPage { Url = "https://example.org/a", Html = "<p>x</p>", Text = "x", Title = "A", WordCount = 1, Language = "de-AT", ExtractionPath = "json-ld", Image = "https://example.org/a.jpg", FetchedAt = T0 };

        await Store.SaveExtractedPageAsync(page, CancellationToken.None);

        Assert.Equal(page, await Store.GetExtractedPageAsync("https://example.org/a", CancellationToken.None));
        Assert.Null(await Store.GetExtractedPageAsync("https://example.org/b", CancellationToken.None));
    }
}
