using FeedHub.Storage.Tests.Support;

namespace FeedHub.Storage.Tests;

[RequiresPostgres]
public sealed class PostgresDigestPublisherTests(PostgresStoreFixture fixture) : DigestPublisherTests<PostgresStoreFixture>(fixture);
