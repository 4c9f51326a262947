using Xunit.Sdk;

namespace FeedHub.Storage.Tests.Support;

/// <summary>A theory run on every store: in a <see cref="RequiresPostgresAttribute"/> class it is skipped, with the reason, when there is no PostgreSQL server.</summary>
[XunitTestCaseDiscoverer("FeedHub.Storage.Tests.Support.StoreTheoryDiscoverer", "FeedHub.Storage.Tests")]
public sealed class StoreTheoryAttribute : TheoryAttribute;
