namespace FeedHub.Storage.Tests.Postgres;

/// <summary>Waits for something another connection makes true (a notice arriving), failing after a generous limit.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var limit = TimeSpan.FromSeconds(15);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < limit, $"not within {limit.TotalSeconds} s: {what}");
            await Task.Delay(20);
        }
    }
}
