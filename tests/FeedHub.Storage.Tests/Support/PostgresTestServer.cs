using System.Globalization;
using Npgsql;

namespace FeedHub.Storage.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may use: FEEDHUB_TEST_POSTGRES holds a connection string to it, as a user who may
/// CREATE DATABASE (`.ci/postgres.sh start` prints one). Each test class gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "FEEDHUB_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL tests need " + Variable + " (a connection string to a server where the user may CREATE DATABASE; `.ci/postgres.sh start` prints one)";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => ConnectionString is not null;

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "feedhub_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE {name}").ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(Required()) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database the connection string names, closing whatever is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)")).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Required());
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static string Required() => ConnectionString ?? throw new InvalidOperationException(SkipReason);
}
