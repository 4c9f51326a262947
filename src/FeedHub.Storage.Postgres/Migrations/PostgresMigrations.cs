namespace FeedHub.Storage.Postgres.Migrations;

/// <summary>
/// The PostgreSQL schema, as an append-only ordered list: a released migration is never edited, a change is a new
/// entry. Each runs once, in its own transaction, recorded in schema_migrations (see <see cref="PostgresDatabase.MigrateAsync"/>).
/// </summary>
internal static class PostgresMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, FeedSchema.Sql),
        (2, QuartzSchema.Sql),
    ];
}
