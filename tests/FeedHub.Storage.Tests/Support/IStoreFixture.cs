using FeedHub.Core.Store;

namespace FeedHub.Storage.Tests.Support;

/// <summary>A migrated database of one kind for a test class, and stores over it; emptied before each test.</summary>
public interface IStoreFixture : IAsyncLifetime
{
    IFeedStore Store { get; }

    /// <summary>A second store over the same database, bumping these counters after its writes.</summary>
    IFeedStore StoreWith(ContentVersions versions);

    /// <summary>Empties the database: every test starts from a store with nothing in it.</summary>
    Task ResetAsync();
}
