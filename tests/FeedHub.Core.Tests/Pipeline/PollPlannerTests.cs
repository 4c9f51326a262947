using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Polling;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Pipeline;

public class PollPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero); // a Friday, noon UTC
    private static readonly SourceDefinition Source = new() { Id = "s", Location = new Uri("https://example.org/feed"), Interval = TimeSpan.FromMinutes(30) };
    private readonly PollPlanner planner = new(new FakeTimeProvider(Now), new Random(42), new PollingLimits { MinimumInterval = TimeSpan.FromMinutes(5), MaximumInterval = TimeSpan.FromHours(6) });

    private TimeSpan Delay(PollHints hints, SourceDefinition? source = null) => planner.NextDue(source ?? Source, hints) - Now;

    [Fact]
    public void Next_due_is_the_interval_with_at_most_ten_percent_jitter()
    {
        var dues = Enumerable.Range(0, 200).Select(_ => Delay(new PollHints())).ToList();

        Assert.All(dues, d => Assert.InRange(d, TimeSpan.FromMinutes(27), TimeSpan.FromMinutes(33)));
        Assert.True(dues.Distinct().Count() > 100, "the jitter should spread polls");
    }

    [Fact]
    public void Failures_back_off_up_to_a_day()
    {
        Assert.InRange(Delay(new PollHints(ConsecutiveFailures: 2)), TimeSpan.FromMinutes(108), TimeSpan.FromMinutes(132));
        Assert.InRange(Delay(new PollHints(ConsecutiveFailures: 30)), TimeSpan.FromHours(21), TimeSpan.FromHours(26.5));
    }

    [Theory]
    [InlineData("max-age", 3, 0, 3)]
    [InlineData("ttl", 0, 120, 2)]
    [InlineData("the longest hint wins", 3, 120, 3)]
    [InlineData("a hint is capped at the maximum interval", 0, 60 * 24 * 7, 6)]
    public void The_longest_of_interval_and_hints_is_taken_up_to_the_cap(string name, int maxAgeHours, int ttlMinutes, int expectedHours)
    {
        var hints = new PollHints(
            Freshness: maxAgeHours > 0 ? TimeSpan.FromHours(maxAgeHours) : null,
            Schedule: ttlMinutes > 0 ? new PublishingSchedule { Ttl = TimeSpan.FromMinutes(ttlMinutes) } : null);

        Assert.True(TimeSpan.FromHours(expectedHours) == Delay(hints), name);
    }

    [Fact]
    public void A_hint_shorter_than_the_interval_does_not_shorten_it_and_a_failure_ignores_hints()
    {
        Assert.InRange(Delay(new PollHints(Freshness: TimeSpan.FromMinutes(1))), TimeSpan.FromMinutes(27), TimeSpan.FromMinutes(33));
        Assert.InRange(Delay(new PollHints(ConsecutiveFailures: 1, Freshness: TimeSpan.FromHours(5))), TimeSpan.FromMinutes(54), TimeSpan.FromMinutes(66));
    }

    [Fact]
    public void Retry_after_sets_the_next_due_time_whatever_the_failures()
    {
        Assert.Equal(TimeSpan.FromMinutes(7), Delay(new PollHints(ConsecutiveFailures: 4, RetryAfter: TimeSpan.FromMinutes(7))));
        Assert.Equal(TimeSpan.FromDays(1), Delay(new PollHints(RetryAfter: TimeSpan.FromDays(30))));
        Assert.Equal(TimeSpan.FromMinutes(1), Delay(new PollHints(RetryAfter: TimeSpan.Zero)));
    }

    [Fact]
    public void Skip_hours_and_days_move_the_due_time_to_the_first_hour_allowed()
    {
        var nights = new PublishingSchedule { SkipHours = [12, 13, 14] };
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero), planner.NextDue(Source, new PollHints(Schedule: nights)));

        var weekend = new PublishingSchedule { SkipDays = [DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday], SkipHours = [0] };
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero), planner.NextDue(Source, new PollHints(Schedule: weekend)));

        var never = new PublishingSchedule { SkipDays = Enum.GetValues<DayOfWeek>() };
        Assert.InRange(Delay(new PollHints(Schedule: never)), TimeSpan.FromMinutes(27), TimeSpan.FromMinutes(33));
    }

    [Theory]
    [InlineData(0, 6 * 60)] // nothing last week: the longest interval
    [InlineData(7, 6 * 60)] // one a day: a day, capped at the maximum
    [InlineData(84, 120)] // twelve a day: every two hours
    [InlineData(100_000, 5)] // a firehose: the minimum
    public void An_adaptive_source_is_polled_as_often_as_it_publishes_within_the_limits(int entriesLastWeek, int expectedMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), planner.AdaptiveInterval(entriesLastWeek));

        var adaptive = Source with { Adaptive = true };
        Assert.InRange(Delay(new PollHints(EntriesLastWeek: entriesLastWeek), adaptive), TimeSpan.FromMinutes(expectedMinutes * 0.9), TimeSpan.FromMinutes(expectedMinutes * 1.1));
    }

    [Fact]
    public void First_due_after_a_restart_is_the_stored_time()
    {
        var stored = new SourceState { SourceId = "s", NextDue = Now.AddMinutes(17) };

        Assert.Equal(Now.AddMinutes(17), planner.FirstDue(stored));
        Assert.InRange(planner.FirstDue(stored with { NextDue = Now.AddMinutes(-5) }) - Now, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.InRange(planner.FirstDue(null) - Now, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
