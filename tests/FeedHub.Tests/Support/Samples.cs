using System.Text.Json;

namespace FeedHub.Tests.Support;

/// <summary>The bundled sample feeds and pages (copied from config/samples) and their hand-made expectations.</summary>
public static class Samples
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static PageExpectation Expectation(string page) =>
        JsonSerializer.Deserialize<List<PageExpectation>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample-expectations.json")), Json)!
            .Single(e => e.Page == page);

    public static Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout) =>
        EventuallyAsync(probe, done, timeout, TimeSpan.FromMilliseconds(200));

    /// <summary>Probes every <paramref name="every"/> until <paramref name="done"/> holds or <paramref name="timeout"/> passes; the last value either way.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, TimeSpan every)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(every);
        }
    }
}

public sealed record PageExpectation(string Page, string Title, IReadOnlyList<string> MustContain, IReadOnlyList<string> MustNotContain);
