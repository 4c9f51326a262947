using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

public sealed class SqliteDigestPublisherTests(SqliteStoreFixture fixture) : DigestPublisherTests<SqliteStoreFixture>(fixture);
