using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

public sealed class SqliteCuratedFeedBuilderTests(SqliteStoreFixture fixture) : CuratedFeedBuilderTests<SqliteStoreFixture>(fixture);
