namespace FeedHub.Storage.Tests.Support;

/// <summary>A theory that needs PostgreSQL: reported as skipped, with the reason, when FEEDHUB_TEST_POSTGRES is not set.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!PostgresTestServer.IsAvailable)
        {
            Skip = PostgresTestServer.SkipReason;
        }
    }
}
