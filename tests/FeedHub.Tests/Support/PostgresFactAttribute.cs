namespace FeedHub.Tests.Support;

/// <summary>
/// A test that needs a real PostgreSQL server: it runs when FEEDHUB_TEST_POSTGRES holds a connection string to one
/// (where the user may create databases; .ci/run starts one), and is reported as skipped, with the reason, otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "FEEDHUB_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"needs PostgreSQL: set {Variable} to a connection string (.ci/run starts a server and sets it; see the README)";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
