using System.ComponentModel;

namespace FeedHub.Configuration;

/// <summary>
/// FeedHub:Database: where FeedHub keeps its data. Embedded SQLite by default (one file, one node); PostgreSQL for
/// several nodes sharing the sources through Quartz clustering. The plain string form ("Database": "data/feedhub.db")
/// still means a SQLite file, as in configurations written before PostgreSQL was supported.
/// </summary>
[TypeConverter(typeof(DatabaseOptionsConverter))]
public sealed class DatabaseOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite file, relative to the root directory.</summary>
    public string Path { get; set; } = "data/feedhub.db";

    /// <summary>The PostgreSQL connection string (Npgsql's form: Host=…;Database=…;Username=…;Password=…).</summary>
    public string? ConnectionString { get; set; }
}
