using FeedHub.Core.Model;
using FeedHub.Core.Pipeline.Polling;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Pipeline;

public class PollPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourceDefinition Source = new() { Id = "s", Location = new Uri("https://example.org/feed"), Interval = TimeSpan.FromMinutes(30) };
    private readonly PollPlanner planner = new(new FakeTimeProvider(Now), new Random(42));

    [Fact]
    public void Next_due_is_the_interval_with_at_most_ten_percent_jitter()
    {
        var dues = Enumerable.Range(0, 200).Select(_ => planner.NextDue(Source, 0, null) - Now).ToList();

        Assert.All(dues, d => Assert.InRange(d, TimeSpan.FromMinutes(27), TimeSpan.FromMinutes(33)));
        Assert.True(dues.Distinct().Count() > 100, "the jitter should spread polls");
    }

    [Fact]
    public void Failures_back_off_up_to_a_day_and_the_server_can_ask_for_more()
    {
        Assert.InRange(planner.NextDue(Source, 2, null) - Now, TimeSpan.FromMinutes(108), TimeSpan.FromMinutes(132));
        Assert.InRange(planner.NextDue(Source, 30, null) - Now, TimeSpan.FromHours(21), TimeSpan.FromHours(26.5));
        Assert.Equal(Now + TimeSpan.FromHours(3), planner.NextDue(Source, 0, TimeSpan.FromHours(3)));
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
