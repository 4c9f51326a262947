using System.Collections.Concurrent;

namespace FeedHub.Core.Fetching;

/// <summary>
/// Per-host politeness: at most <paramref name="concurrency"/> requests to one host at a time, and starts at least
/// <paramref name="spacing"/> apart. Hosts never wait on each other. Time comes from the injected TimeProvider so
/// that tests can drive it. Feeds and article pages each have one (<see cref="HostGates"/>).
/// </summary>
public sealed class HostGate(int concurrency, TimeSpan spacing, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for this host's turn; dispose the result when the request is over.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile)
        {
            return new Release(null); // local files have no server to be polite to
        }

        var slot = hosts.GetOrAdd(url.IdnHost, _ => new HostSlot(Math.Max(1, concurrency)));
        await slot.Concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var start = slot.NextStart > now ? slot.NextStart : now;
                slot.NextStart = start + spacing;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            return new Release(slot.Concurrency);
        }
        catch
        {
            slot.Concurrency.Release();
            throw;
        }
    }

    private sealed class HostSlot(int concurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(concurrency);

        public DateTimeOffset NextStart { get; set; }
    }

    private sealed class Release(SemaphoreSlim? semaphore) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore?.Release();
            }
        }
    }
}

/// <summary>The two per-host gates, one for feed polls and one for article pages, each with its own limits from <see cref="FetchOptions"/>.</summary>
public sealed class HostGates(FetchOptions options, TimeProvider time)
{
    public HostGate Feeds { get; } = new(options.FeedPerHostConcurrency, options.FeedPerHostSpacing, time);

    public HostGate Articles { get; } = new(options.PerHostConcurrency, options.PerHostSpacing, time);
}
