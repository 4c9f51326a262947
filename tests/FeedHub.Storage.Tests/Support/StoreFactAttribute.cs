using Xunit.Sdk;

namespace FeedHub.Storage.Tests.Support;

/// <summary>A fact run on every store: in a <see cref="RequiresPostgresAttribute"/> class it is skipped, with the reason, when there is no PostgreSQL server.</summary>
[XunitTestCaseDiscoverer("FeedHub.Storage.Tests.Support.StoreFactDiscoverer", "FeedHub.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
