using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

[RequiresPostgres]
public sealed class PostgresCuratedFeedBuilderTests(PostgresStoreFixture fixture) : CuratedFeedBuilderTests<PostgresStoreFixture>(fixture);
