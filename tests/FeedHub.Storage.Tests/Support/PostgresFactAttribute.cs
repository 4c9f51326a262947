namespace FeedHub.Storage.Tests.Support;

/// <summary>A fact that needs PostgreSQL: reported as skipped, with the reason, when FEEDHUB_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresTestServer.IsAvailable)
        {
            Skip = PostgresTestServer.SkipReason;
        }
    }
}
