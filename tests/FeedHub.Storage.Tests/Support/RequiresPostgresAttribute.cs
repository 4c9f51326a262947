namespace FeedHub.Storage.Tests.Support;

/// <summary>
/// Marks a test class whose store is PostgreSQL: its <see cref="StoreFactAttribute"/> and <see cref="StoreTheoryAttribute"/>
/// tests, inherited from a class shared with the SQLite store, are skipped with the reason when FEEDHUB_TEST_POSTGRES is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPostgresAttribute : Attribute;
