namespace FeedHub.Tests.Support;

/// <summary>Tests that start the service share the FEEDHUB_CONFIG variable, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "service host";
}
