using Xunit.Abstractions;
using Xunit.Sdk;

namespace FeedHub.Storage.Tests.Support;

/// <summary>Discovers <see cref="StoreTheoryAttribute"/> tests as plain theories, or as one skipped test when the class's store is missing.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StoreSkip.Reason(testMethod) is { } reason
            ? [StoreSkip.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
