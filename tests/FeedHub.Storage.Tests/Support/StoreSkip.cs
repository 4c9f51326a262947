using Xunit.Abstractions;
using Xunit.Sdk;

namespace FeedHub.Storage.Tests.Support;

/// <summary>Why a store test cannot run in this class (its store is PostgreSQL and there is no server), or null; and the skipped test case that says so.</summary>
internal static class StoreSkip
{
    public static string? Reason(ITestMethod testMethod) =>
        !PostgresTestServer.IsAvailable && testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName).Any()
            ? PostgresTestServer.SkipReason
            : null;

    public static IXunitTestCase Skipped(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string reason) =>
        new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason, null);
}
