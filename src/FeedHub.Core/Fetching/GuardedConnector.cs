using System.Net;
using System.Net.Sockets;

namespace FeedHub.Core.Fetching;

/// <summary>
/// The connect step of the article HTTP client: it resolves the host itself and connects only to public addresses,
/// so the check holds across redirects and DNS answers that change between check and use (rebinding).
/// </summary>
public static class GuardedConnector
{
    public static SocketsHttpHandler CreateHandler(bool allowPrivateNetworks)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false, // HttpDownload follows redirects itself, each hop through this connect step
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (!allowPrivateNetworks)
        {
            handler.ConnectCallback = ConnectPublicAsync;
        }

        return handler;
    }

    private static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(AddressGuard.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new FetchException($"refused to connect to {host}: it resolves only to loopback, private or link-local addresses (set FeedHub:Fetching:AllowPrivateNetworks to allow)") { Refused = true };
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
