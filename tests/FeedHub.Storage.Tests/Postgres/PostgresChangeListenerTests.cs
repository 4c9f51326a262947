using FeedHub.Core.Model;
using FeedHub.Core.Store;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FeedHub.Storage.Tests.Postgres;

/// <summary>
/// Two nodes on one database: node B's writes reach node A's counters through LISTEN/NOTIFY, only when they commit,
/// and after A's listening connection is lost A reconnects and treats everything as changed.
/// </summary>
[RequiresPostgres]
public sealed class PostgresChangeListenerTests(PostgresStoreFixture fixture) : StoreTests<PostgresStoreFixture>(fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Entry Entry(string source, string key) => new()
    {
        SourceId = source,
        ItemKey = key,
        Title = key,
        ContentHash = key,
        FirstSeen = T0,
        LastChanged = T0,
    };

    /// <summary>Node A: its own counters and a listener on a data source of its own, running until disposed.</summary>
    private sealed class ListeningNode : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task running;

        public ListeningNode(string connectionString)
        {
            Database = new PostgresDatabase(connectionString);
            running = new PostgresChangeListener(Database, Versions, NullLogger<PostgresChangeListener>.Instance).RunAsync(stop.Token);
        }

        public PostgresDatabase Database { get; }

        public ContentVersions Versions { get; } = new([("town", ["s1"]), ("harbour", ["s2"])]);

        /// <summary>Waits until the listener has (re)connected: its first act on listening is to bump everything.</summary>
        public Task ListeningAsync(long anyAbove) => Eventually.TrueAsync(() => Versions.Any > anyAbove, "the listener is listening");

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await running;
            await Database.DisposeAsync();
            stop.Dispose();
        }
    }

    [PostgresFact]
    public async Task Writes_on_one_node_move_the_counters_of_a_listener_on_another()
    {
        await using var nodeA = new ListeningNode(Fixture.ConnectionString);
        await nodeA.ListeningAsync(anyAbove: 0);
        var (town, harbour, any) = (nodeA.Versions.Of("town"), nodeA.Versions.Of("harbour"), nodeA.Versions.Any);

        await Store.UpsertEntriesAsync([Entry("s1", "1")], CancellationToken.None);
        await Eventually.TrueAsync(() => nodeA.Versions.Of("town") > town, "an entry of s1 moves town");
        await Store.SaveSourceStateAsync(new SourceState { SourceId = "s2" }, CancellationToken.None);
        await Eventually.TrueAsync(() => nodeA.Versions.Any > any + 1, "a state moves Any");
        await Store.AddDigestAsync(new Digest("harbour", "Harbour", "d1", T0.AddDays(-1), T0, []), CancellationToken.None);
        await Eventually.TrueAsync(() => nodeA.Versions.Of("harbour") > harbour, "a digest moves harbour");

        Assert.Equal(town + 1, nodeA.Versions.Of("town"));
        Assert.Equal(harbour + 1, nodeA.Versions.Of("harbour"));
    }

    [PostgresFact]
    public async Task A_poll_that_rolls_back_sends_no_notice()
    {
        await using var nodeA = new ListeningNode(Fixture.ConnectionString);
        await nodeA.ListeningAsync(anyAbove: 0);
        var (town, any) = (nodeA.Versions.Of("town"), nodeA.Versions.Any);
        var broken = new PollWrite(new SourceState { SourceId = "s1" }, [Entry("s1", "1"), Entry("s1", "2") with { ContentHash = null! }], new Dictionary<string, string>());

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => Store.SavePollAsync(broken, CancellationToken.None));
        await Store.SaveSourceStateAsync(new SourceState { SourceId = "s2" }, CancellationToken.None); // a marker sent after it
        await Eventually.TrueAsync(() => nodeA.Versions.Any > any, "the marker arrives"); // notices come in commit order

        Assert.Equal(town, nodeA.Versions.Of("town"));
    }

    [PostgresFact]
    public async Task A_listener_whose_connection_is_lost_reconnects_and_treats_everything_as_changed()
    {
        await using var nodeA = new ListeningNode(Fixture.ConnectionString);
        await nodeA.ListeningAsync(anyAbove: 0);
        var (town, harbour) = (nodeA.Versions.Of("town"), nodeA.Versions.Of("harbour"));

        Assert.Equal(1, await TerminateListenersAsync());
        await Eventually.TrueAsync(() => nodeA.Versions.Of("town") > town && nodeA.Versions.Of("harbour") > harbour, "the reconnected listener bumps every feed");
        town = nodeA.Versions.Of("town");
        await Store.UpsertEntriesAsync([Entry("s1", "after")], CancellationToken.None);

        await Eventually.TrueAsync(() => nodeA.Versions.Of("town") > town, "notices arrive again after the reconnect");
    }

    /// <summary>Ends the listener's backend from outside, as a failover or a network cut would.</summary>
    private async Task<int> TerminateListenersAsync()
    {
        await using var connection = await Fixture.Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid))::integer FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        command.Parameters.AddWithValue("name", PostgresChangeListener.ApplicationName);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
