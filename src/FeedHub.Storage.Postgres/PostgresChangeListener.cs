using FeedHub.Core.Store;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FeedHub.Storage.Postgres;

/// <summary>
/// Keeps this node's <see cref="ContentVersions"/> in step with writes made by other nodes on the same database: it
/// LISTENs on <see cref="ChangeNotices.Channel"/> on a connection of its own and applies each notice as it arrives.
/// Notices sent while it is not listening are lost (PostgreSQL keeps none for absent listeners), so every time it
/// starts listening, first time included, it bumps every counter; a lost connection is retried with back-off
/// (0.5 s doubling to 30 s). A quiet connection is probed every 30 s so that a dead one is noticed.
/// </summary>
public sealed partial class PostgresChangeListener(PostgresDatabase database, ContentVersions versions, ILogger<PostgresChangeListener> logger)
{
    /// <summary>The listener's application_name, which shows its connection in pg_stat_activity.</summary>
    public const string ApplicationName = "feedhub-listener";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProbeAfter = TimeSpan.FromSeconds(30);

    /// <summary>Listens until <paramref name="cancellationToken"/> is cancelled; never throws otherwise.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var retry = FirstRetry;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => retry = FirstRetry, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogConnectionLost(e, retry.TotalSeconds);
                try
                {
                    await Task.Delay(retry, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
        }
    }

    /// <summary>Opens the connection, starts listening, bumps everything (what was missed), then waits for notices until the connection fails.</summary>
    private async Task ListenAsync(Action listening, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        connection.Notification += OnNotification;
        await ExecuteAsync(connection, $"SET application_name = '{ApplicationName}'; LISTEN {ChangeNotices.Channel}", cancellationToken).ConfigureAwait(false);
        versions.EverythingChanged();
        listening();
        LogListening(ChangeNotices.Channel);
        while (true)
        {
            if (!await connection.WaitAsync(ProbeAfter, cancellationToken).ConfigureAwait(false))
            {
                await ExecuteAsync(connection, "SELECT 1", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (!ChangeNotices.Apply(e.Payload, versions))
        {
            LogUnknownNotice(e.Payload);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for other nodes' changes on {Channel}")]
    private partial void LogListening(string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change listener lost its database connection; it reconnects in {Seconds} s and then treats everything as changed")]
    private partial void LogConnectionLost(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown change notice {Payload}: everything is treated as changed")]
    private partial void LogUnknownNotice(string payload);
}
