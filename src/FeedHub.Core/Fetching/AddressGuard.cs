using System.Net;
using System.Net.Sockets;

namespace FeedHub.Core.Fetching;

/// <summary>
/// Tells public addresses from loopback, private, link-local, shared (CGNAT), multicast and unspecified ones,
/// so that a link in a feed cannot make FeedHub read the operator's own network (SSRF).
/// </summary>
public static class AddressGuard
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 || b[0] == 10 || b[0] == 127
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)
        || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
        || b[0] >= 224);

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        var uniqueLocal = (b[0] & 0xFE) == 0xFC;
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || uniqueLocal);
    }
}
