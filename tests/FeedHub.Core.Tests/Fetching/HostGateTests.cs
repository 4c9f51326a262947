using FeedHub.Core.Fetching;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Fetching;

public class HostGateTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    private HostGate Gate(int perHost = 1, double spacingSeconds = 2) =>
        new(perHost, TimeSpan.FromSeconds(spacingSeconds), time);

    [Fact]
    public async Task A_second_request_to_the_same_host_waits_for_the_first_and_the_spacing()
    {
        var gate = Gate();
        var first = await gate.EnterAsync(new Uri("https://a.example/1"), CancellationToken.None);

        var second = gate.EnterAsync(new Uri("https://a.example/2"), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted, "the host's only slot is taken");

        first.Dispose();
        await Task.Delay(50);
        Assert.False(second.IsCompleted, "the spacing has not passed");

        time.Advance(TimeSpan.FromSeconds(2));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Other_hosts_and_local_files_do_not_wait()
    {
        var gate = Gate();
        using var busy = await gate.EnterAsync(new Uri("https://a.example/1"), CancellationToken.None);

        using var other = await gate.EnterAsync(new Uri("https://b.example/1"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        using var file = await gate.EnterAsync(new Uri("file:///tmp/page.html"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        using var fileAgain = await gate.EnterAsync(new Uri("file:///tmp/page.html"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_cancelled_wait_gives_its_slot_back()
    {
        var gate = Gate(spacingSeconds: 60);
        (await gate.EnterAsync(new Uri("https://a.example/1"), CancellationToken.None)).Dispose();
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync(new Uri("https://a.example/2"), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        time.Advance(TimeSpan.FromSeconds(120));
        (await gate.EnterAsync(new Uri("https://a.example/3"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
