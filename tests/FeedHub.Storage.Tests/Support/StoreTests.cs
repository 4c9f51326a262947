using FeedHub.Core.Store;

namespace FeedHub.Storage.Tests.Support;

/// <summary>
/// The base of a test class shared by both stores: the facts live in an abstract class derived from this, and each
/// store has a concrete class naming its fixture (the PostgreSQL one marked <see cref="RequiresPostgresAttribute"/>).
/// Every test starts from an empty store.
/// </summary>
public abstract class StoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : class, IStoreFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected IFeedStore Store => Fixture.Store;

    public Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
