using System.Net;
using System.Net.Sockets;

namespace TradeTalks.SourceChecks;

/// <summary>
/// Whether an IP address is on the public internet, as opposed to this machine, a private network, a link-local
/// network (where cloud metadata services answer), carrier-grade NAT, documentation or multicast ranges.
/// </summary>
public static class PublicAddresses
{
    private static readonly (IPAddress Network, int Bits)[] NotPublicV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10), // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16), // link-local, with the cloud metadata service at 169.254.169.254
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4), // multicast
        (IPAddress.Parse("240.0.0.0"), 4), // reserved, and the broadcast address
    ];

    private static readonly (IPAddress Network, int Bits)[] NotPublicV6 =
    [
        (IPAddress.Parse("::"), 96), // unspecified, loopback and the old IPv4-compatible form
        (IPAddress.Parse("64:ff9b:1::"), 48), // local NAT64
        (IPAddress.Parse("100::"), 64), // discard
        (IPAddress.Parse("2001:db8::"), 32), // documentation
        (IPAddress.Parse("fc00::"), 7), // unique local, with AWS's metadata service at fd00:ec2::254
        (IPAddress.Parse("fe80::"), 10), // link-local
        (IPAddress.Parse("fec0::"), 10), // site-local (deprecated, still routed inside some networks)
        (IPAddress.Parse("ff00::"), 8), // multicast
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !NotPublicV4.Any(range => InRange(address, range.Network, range.Bits));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || NotPublicV6.Any(range => InRange(address, range.Network, range.Bits)))
        {
            return false;
        }

        // Forms that carry an IPv4 address inside (NAT64 and 6to4) reach that address: it must be public too.
        var bytes = address.GetAddressBytes();
        if (InRange(address, IPAddress.Parse("64:ff9b::"), 96))
        {
            return IsPublic(new IPAddress(bytes[12..16]));
        }

        return !InRange(address, IPAddress.Parse("2002::"), 16) || IsPublic(new IPAddress(bytes[2..6]));
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = bits / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = bits % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
