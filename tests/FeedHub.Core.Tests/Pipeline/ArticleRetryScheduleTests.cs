using FeedHub.Core.Fetching;
using FeedHub.Core.Pipeline.Articles;

namespace FeedHub.Core.Tests.Pipeline;

/// <summary>When a failed article is tried again: the first wait, doubled each time, capped, and no more tries once they are used up.</summary>
public class ArticleRetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly FetchOptions Options = new() { ArticleRetryFirst = TimeSpan.FromMinutes(15), ArticleRetryMaximum = TimeSpan.FromHours(2), ArticleAttempts = 6 };

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(4, 120)]
    [InlineData(5, 120)] // capped at the maximum
    public void Each_wait_doubles_up_to_the_maximum(int attempts, int minutes) =>
        Assert.Equal(Now + TimeSpan.FromMinutes(minutes), ArticlePipeline.RetryAt(Options, attempts, Now));

    [Fact]
    public void No_retry_once_the_attempts_are_used_up() => Assert.Null(ArticlePipeline.RetryAt(Options, 6, Now));

    [Fact]
    public void A_huge_attempt_count_does_not_overflow() =>
        Assert.Equal(Now + TimeSpan.FromHours(2), ArticlePipeline.RetryAt(Options with { ArticleAttempts = 10_000 }, 5_000, Now));
}
