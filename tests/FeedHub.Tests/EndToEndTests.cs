using System.Net;
using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Tests.Support;

namespace FeedHub.Tests;

/// <summary>
/// The whole pipeline on real parts: a Kestrel site on 127.0.0.1 serves the sample feeds and article pages, the
/// real service polls it through Quartz, stores in a real SQLite file, and publishes over its real endpoints.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EndToEndTests : IAsyncLifetime
{
    private LoopbackSite site = null!;
    private FeedHubFactory factory = null!;

    public async Task InitializeAsync()
    {
        site = await LoopbackSite.StartAsync(Samples.Folder);
        factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Fetching = new { AllowPrivateNetworks = true, MinimumInterval = "00:00:01", MaximumInterval = "00:00:02", TimeoutSeconds = 10 }, // the cap keeps the sample's ttl (30 min) from stretching the 2 s interval
            Sources = new object[]
            {
                new { Id = "harbour", Title = "Harbour Times", Url = new Uri(site.BaseUri, "harbour-times.rss").AbsoluteUri, Interval = "00:00:02", Tags = new[] { "news" } },
                new { Id = "city", Title = "City Notes", Url = new Uri(site.BaseUri, "city-notes.json").AbsoluteUri, Interval = "00:00:02", Tags = new[] { "news" } },
            },
            Feeds = new object[] { new { Id = "news", Title = "News", Description = "Local news", Tags = new[] { "news" } } },
        });
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await site.DisposeAsync();
    }

    [Fact]
    public async Task Polls_extracts_stores_and_publishes_full_text_with_one_item_per_story()
    {
        using var client = factory.CreateClient();
        var bridge = Samples.Expectation("articles/harbour-bridge-reopens.html");
        var city = Samples.Expectation("articles/bridge-back-in-business.html");
        bool Ready(string a) => (bridge.MustContain.All(a.Contains) || city.MustContain.All(a.Contains)) && a.Contains("Also reported by", StringComparison.Ordinal);

        var atom = await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/news.atom"), Ready, TimeSpan.FromSeconds(45));
        var json = await client.GetStringAsync("/feeds/news.json");

        // The two outlets' reports of the reopened bridge are one story: its item carries the fuller article and links the other.
        var (lead, other) = bridge.MustContain.All(atom.Contains) ? (bridge, "bridge-back-in-business.html") : (city, "harbour-bridge-reopens.html");
        foreach (var document in new[] { atom, json })
        {
            Assert.All(lead.MustContain, phrase => Assert.Contains(phrase, document, StringComparison.Ordinal));
            Assert.All(bridge.MustNotContain.Concat(city.MustNotContain), phrase => Assert.DoesNotContain(phrase, document, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains("rel=\"related\"", atom, StringComparison.Ordinal);
        Assert.Contains(other, atom, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        var items = parsed.RootElement.GetProperty("items");
        Assert.Equal(5, items.GetArrayLength());
        var story = Assert.Single(items.EnumerateArray(), i => i.TryGetProperty("_feedhub", out _));
        Assert.EndsWith(other, Assert.Single(story.GetProperty("_feedhub").GetProperty("other_reports").EnumerateArray()).GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/feeds/news.json", parsed.RootElement.GetProperty("feed_url").GetString());
    }

    [Fact]
    public async Task A_second_poll_of_an_unchanged_source_gets_304_and_writes_nothing()
    {
        using var client = factory.CreateClient();
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/news.json"), j => j.Split("\"id\":").Length - 1 >= 5, TimeSpan.FromSeconds(45));
        await Samples.EventuallyAsync(() => Task.FromResult(site.Requests.Count(r => r.Path == "/articles/harbour-bridge-reopens.html")), n => n >= 1, TimeSpan.FromSeconds(45)); // the article worker, one page a second
        var before = await EntrySnapshotAsync();

        var revalidations = await Samples.EventuallyAsync(
            () => Task.FromResult(site.Requests.Count(r => r.Path == "/harbour-times.rss" && r.Conditional && r.Status == 304)),
            count => count >= 1,
            TimeSpan.FromSeconds(30));

        Assert.True(revalidations >= 1, "the source was never re-polled with If-None-Match and answered 304");
        Assert.Equal(before, await EntrySnapshotAsync());
        Assert.Single(site.Requests, r => r.Path == "/articles/harbour-bridge-reopens.html");
    }

    [Fact]
    public async Task A_conditional_request_to_a_published_feed_gets_304()
    {
        using var client = factory.CreateClient();
        foreach (var format in new[] { "rss", "atom", "json" })
        {
            // Right after start-up polls and the article worker keep changing the feed, so a pair of requests may
            // straddle a change: then the second is a 200 with a new ETag. Repeat until a pair falls between changes.
            var status = await Samples.EventuallyAsync(
                async () =>
                {
                    using var first = await client.GetAsync(new Uri($"/feeds/news.{format}", UriKind.Relative));
                    Assert.Equal(HttpStatusCode.OK, first.StatusCode);
                    Assert.NotNull(first.Headers.ETag);
                    Assert.NotNull(first.Content.Headers.LastModified);

                    using var request = new HttpRequestMessage(HttpMethod.Get, $"/feeds/news.{format}");
                    request.Headers.IfNoneMatch.Add(first.Headers.ETag);
                    using var second = await client.SendAsync(request);
                    if (second.StatusCode == HttpStatusCode.NotModified)
                    {
                        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
                    }
                    else
                    {
                        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
                        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag); // a 200 only because the feed changed
                    }

                    return second.StatusCode;
                },
                s => s == HttpStatusCode.NotModified,
                TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.NotModified, status);
        }
    }

    private async Task<string> EntrySnapshotAsync()
    {
        var database = new SqliteDatabase(factory.DatabasePath);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(source_id || '/' || item_key || '/' || content_hash || '/' || last_changed, ';') FROM (SELECT * FROM entries ORDER BY source_id, item_key)";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
