using System.IO.Compression;
using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Polling;
using FeedHub.Core.Store;
using FeedHub.Storage;
using FeedHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Tests.Pipeline;

/// <summary>
/// Every status and hint a feed server gives, over loopback with the real HTTP client, resilience pipeline and
/// SQLite store: permanent and temporary redirects, too many redirects, 410, 429 and 503 with Retry-After, ttl,
/// sy:updatePeriod, Expires, and the failures that must end as one clear error in bounded time.
/// </summary>
public sealed class ServerHintTests() : LoopbackTest("feedhub-hints-")
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero); // a Monday
    private readonly FakeTimeProvider time = new(Start);

    private static string Feed(string channelExtra = "") =>
        $"<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel><title>Hints</title><link>https://hints.example/</link>{channelExtra}"
        + "<item><guid>1</guid><title>One</title><link>https://hints.example/1</link><description>First item</description></item></channel></rss>";

    public override async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(Folder, "feed.rss"), Feed());
        File.WriteAllText(Path.Combine(Folder, "ttl.rss"), Feed("<ttl>120</ttl>"));
        File.WriteAllText(Path.Combine(Folder, "hourly.rss"), Feed("<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency><skipHours><hour>16</hour></skipHours>"));
        await StartSiteAsync(Routes);
    }

    /// <summary>The misbehaving routes, served besides the files.</summary>
    private static void Routes(WebApplication app)
    {
        app.MapGet("/old", () => Results.Redirect("/feed.rss", permanent: true));
        app.MapGet("/old-308", () => Results.Redirect("/feed.rss", permanent: true, preserveMethod: true));
        app.MapGet("/temporary", () => Results.Redirect("/feed.rss"));
        app.MapGet("/mixed", () => Results.Redirect("/temporary", permanent: true)); // permanent, then temporary
        app.MapGet("/chain/{n:int}", (int n) => Results.Redirect(n > 0 ? $"/chain/{n - 1}" : "/feed.rss", permanent: true));
        app.MapGet("/gone", () => Results.StatusCode(410));
        app.MapGet("/busy", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(429);
        });
        app.MapGet("/unavailable", (HttpContext c) =>
        {
            var now = DateTimeOffset.UtcNow;
            c.Response.Headers.Date = now.ToString("R");
            c.Response.Headers.RetryAfter = now.AddHours(2).ToString("R");
            return Results.StatusCode(503);
        });
        app.MapGet("/expires", (HttpContext c) =>
        {
            var now = DateTimeOffset.UtcNow;
            c.Response.Headers.Date = now.ToString("R");
            c.Response.Headers.Expires = now.AddHours(3).ToString("R");
            return Results.Text(Feed(), "application/rss+xml");
        });
        app.MapGet("/slow-headers", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            return Results.Text(Feed(), "application/rss+xml");
        });
        app.MapGet("/slow-body", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync("<rss version=\"2.0\"><channel><title>Slow</title>");
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(10));
        });
        app.MapGet("/reset", (HttpContext c) => c.Abort());
        app.MapGet("/bad-gzip", async (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentType = "application/rss+xml";
            await c.Response.Body.WriteAsync("this is not gzip at all, only text claiming to be"u8.ToArray());
        });
        app.MapGet("/truncated-gzip", async (HttpContext c) =>
        {
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes(Feed() + new string(' ', 5000)));
            }

            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentType = "application/rss+xml";
            await c.Response.Body.WriteAsync(buffer.ToArray().AsMemory(0, (int)buffer.Length / 2));
        });
    }

    private ServiceProvider Services() => PipelineServices.Build(Folder, new Dictionary<string, string?>
    {
        ["FeedHub:Database"] = "hints.db",
        ["FeedHub:Fetching:TimeoutSeconds"] = "2",
        ["FeedHub:Fetching:FeedPerHostSpacingSeconds"] = "0",
        ["FeedHub:Fetching:MaximumInterval"] = "1.00:00:00",
    }, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));

    private SourceDefinition Source(string path, string id = "s") =>
        new() { Id = id, Location = new Uri(Site.BaseUri, path.TrimStart('/')), Interval = TimeSpan.FromMinutes(30) };

    private static async Task<(PollOutcome Outcome, SourceState State)> PollAsync(ServiceProvider services, SourceDefinition source)
    {
        var outcome = await services.GetRequiredService<PollPipeline>().PollAsync(source, CancellationToken.None);
        return (outcome, (await services.GetRequiredService<IFeedStore>().GetSourceStateAsync(source.Id, CancellationToken.None))!);
    }

    private int Requests(string path) => Site.Requests.Count(r => r.Path == path);

    private async Task<ServiceProvider> MigratedAsync()
    {
        var services = Services();
        await services.GetRequiredService<SqliteDatabase>().MigrateAsync(CancellationToken.None);
        return services;
    }

    [Theory]
    [InlineData("/old")]
    [InlineData("/old-308")]
    public async Task A_permanent_redirect_seen_on_three_polls_in_a_row_moves_the_source_and_the_configured_address_stays_the_fallback(string path)
    {
        await using var services = await MigratedAsync();
        var source = Source(path);

        for (var poll = 1; poll < PollPipeline.MovesAfter; poll++)
        {
            var (outcome, state) = await PollAsync(services, source);
            Assert.Equal(poll == 1 ? PollStatus.Updated : PollStatus.NotModified, outcome.Status);
            Assert.Null(state.MovedTo);
            Assert.Equal(poll, state.RedirectStreak);
        }

        var moved = (await PollAsync(services, source)).State;
        Assert.Equal(new Uri(Site.BaseUri, "feed.rss").AbsoluteUri, moved.MovedTo);
        Assert.Equal(new Uri(Site.BaseUri, "feed.rss"), moved.PollUrl(source));
        Assert.Equal(source.Location.AbsoluteUri, moved.MovedFrom);

        var before = Requests(path);
        await PollAsync(services, source);
        Assert.Equal(before, Requests(path)); // polled at the new address directly

        File.Delete(Path.Combine(Folder, "feed.rss")); // the new address breaks: the next poll goes back to the configured one
        var failed = await PollAsync(services, source);
        Assert.Equal(PollStatus.Failed, failed.Outcome.Status);
        Assert.Null(failed.State.MovedTo);
        await PollAsync(services, source);
        Assert.Equal(before + 1, Requests(path));
    }

    [Theory]
    [InlineData("/temporary")]
    [InlineData("/mixed")]
    public async Task A_redirect_with_a_temporary_hop_never_moves_the_source(string path)
    {
        await using var services = await MigratedAsync();
        var source = Source(path);

        for (var poll = 0; poll < PollPipeline.MovesAfter + 1; poll++)
        {
            var (outcome, state) = await PollAsync(services, source);
            Assert.NotEqual(PollStatus.Failed, outcome.Status);
            Assert.Null(state.MovedTo);
            Assert.Equal(0, state.RedirectStreak);
        }
    }

    [Fact]
    public async Task Five_redirects_are_followed_and_a_sixth_is_a_clear_failure()
    {
        await using var services = await MigratedAsync();

        Assert.Equal(PollStatus.Updated, (await PollAsync(services, Source("/chain/4", "five"))).Outcome.Status);
        var (outcome, state) = await PollAsync(services, Source("/chain/5", "six"));

        Assert.Equal(PollStatus.Failed, outcome.Status);
        Assert.StartsWith("more than 5 redirects from", state.LastError, StringComparison.Ordinal);
        Assert.Equal(1, state.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_source_that_answers_410_is_gone_until_its_address_changes()
    {
        await using var services = await MigratedAsync();
        var source = Source("/gone");

        var (outcome, state) = await PollAsync(services, source);
        Assert.Equal(PollStatus.Gone, outcome.Status);
        Assert.Null(outcome.NextDue);
        Assert.Equal(Start, state.GoneSince);
        Assert.True(state.IsGone(source));

        Assert.Equal(PollStatus.Gone, (await PollAsync(services, source)).Outcome.Status);
        Assert.Equal(1, Requests("/gone")); // not asked again

        var edited = source with { Location = new Uri(Site.BaseUri, "feed.rss") }; // the operator gives it a new address
        Assert.Equal(PollStatus.Updated, (await PollAsync(services, edited)).Outcome.Status);
    }

    [Fact]
    public async Task Retry_after_in_seconds_or_as_a_date_sets_the_next_poll_without_retries_or_back_off()
    {
        await using var services = await MigratedAsync();

        var busy = await PollAsync(services, Source("/busy", "busy"));
        Assert.Equal(PollStatus.Failed, busy.Outcome.Status);
        Assert.Equal(Start.AddSeconds(120), busy.Outcome.NextDue);
        Assert.Equal(0, busy.State.ConsecutiveFailures);
        Assert.Contains("HTTP 429", busy.State.LastError, StringComparison.Ordinal);
        Assert.Equal(1, Requests("/busy")); // the resilience pipeline did not retry it

        var unavailable = await PollAsync(services, Source("/unavailable", "unavailable"));
        Assert.InRange(unavailable.Outcome.NextDue!.Value, Start.AddHours(2).AddSeconds(-2), Start.AddHours(2).AddSeconds(2));
        Assert.Equal(1, Requests("/unavailable"));
    }

    [Fact]
    public async Task Ttl_syndication_period_and_expires_stretch_the_interval_and_skip_hours_are_kept_out()
    {
        await using var services = await MigratedAsync();

        Assert.Equal(Start.AddHours(2), (await PollAsync(services, Source("/ttl.rss", "ttl"))).Outcome.NextDue);
        Assert.InRange((await PollAsync(services, Source("/expires", "expires"))).Outcome.NextDue!.Value, Start.AddHours(3).AddSeconds(-2), Start.AddHours(3).AddSeconds(2));

        var hourly = Source("/hourly.rss", "hourly"); // every 6 hours, never in the 16:00 hour: 10:00 + 6 h is moved to 17:00
        Assert.Equal(Start.AddHours(7), (await PollAsync(services, hourly)).Outcome.NextDue);
        var (notModified, state) = await PollAsync(services, hourly); // a 304 plans from the schedule stored with the last fetch
        Assert.Equal(PollStatus.NotModified, notModified.Status);
        Assert.Equal(Start.AddHours(7), notModified.NextDue);
        Assert.Equal(TimeSpan.FromHours(6), state.Schedule.UpdatePeriod);
    }

    [Theory]
    [InlineData("/slow-headers", "no complete response from 127.0.0.1 within 2 s")]
    [InlineData("/slow-body", "no complete response from 127.0.0.1 within 2 s")]
    [InlineData("/reset", "127.0.0.1")]
    [InlineData("/bad-gzip", "not valid for its Content-Encoding")]
    [InlineData("/truncated-gzip", "not well-formed XML")] // .NET's GZipStream ends quietly at a cut; the half document is what fails
    public async Task A_broken_response_is_one_clear_error_in_bounded_time(string path, string expected)
    {
        await using var services = await MigratedAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var (outcome, state) = await PollAsync(services, Source(path));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), $"took {started.Elapsed}");
        Assert.Equal(PollStatus.Failed, outcome.Status);
        Assert.Contains(expected, state.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", state.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.NewLine, state.LastError, StringComparison.Ordinal);
        Assert.Equal(1, state.ConsecutiveFailures);
    }

    [Fact]
    public async Task The_feeds_of_one_host_are_fetched_at_most_two_at_a_time()
    {
        await using var services = await MigratedAsync();
        Site.SlowPrefix = "/feed.rss";
        Site.SlowDelay = TimeSpan.FromMilliseconds(300);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => PollAsync(services, Source("/feed.rss", "s" + i))));

        Assert.All(outcomes, o => Assert.Equal(PollStatus.Updated, o.Outcome.Status));
        Assert.Equal(2, Site.MaxInFlight); // FeedPerHostConcurrency's default
    }

    [Fact]
    public async Task A_run_of_failures_is_dated_from_its_first_and_a_success_ends_it()
    {
        await using var services = await MigratedAsync();
        var failing = Source("/reset", "run");
        var started = time.GetUtcNow();

        var first = (await PollAsync(services, failing)).State;
        time.Advance(TimeSpan.FromHours(1));
        var second = (await PollAsync(services, failing)).State;
        var recovered = (await PollAsync(services, Source("/feed.rss", "run"))).State;

        Assert.Equal(started, first.FailingSince);
        Assert.Equal((started, 2), (second.FailingSince, second.ConsecutiveFailures));
        Assert.Null(recovered.FailingSince);
        Assert.Null(recovered.LastError);
    }
}
