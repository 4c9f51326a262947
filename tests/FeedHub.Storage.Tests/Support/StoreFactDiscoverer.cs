using Xunit.Abstractions;
using Xunit.Sdk;

namespace FeedHub.Storage.Tests.Support;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests as plain facts, or as one skipped test when the class's store is missing.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StoreSkip.Reason(testMethod) is { } reason
            ? [StoreSkip.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
