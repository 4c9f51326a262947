
namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// Wakes the article worker when a poll has stored entries that wait for their article. The work itself lives in
/// the database (entries with status Pending), so nothing is lost on a restart; this is only the doorbell.
/// </summary>
public sealed class ArticleDoorbell : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // already rung
        }
    }

    /// <summary>Waits until notified or until the timeout passes (the worker also looks on its own now and then).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
