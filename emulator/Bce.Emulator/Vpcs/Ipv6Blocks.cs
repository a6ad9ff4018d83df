using System.Net;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// The IPv6 blocks the emulator hands out when IPv6 is enabled: a VPC gets <c>2001:db8:N::/56</c> (N its block
/// number; the RFC 3849 documentation prefix, so nobody mistakes it for a real address), a subnet the first free
/// <c>/64</c> of its VPC's block from <c>2001:db8:N:1::/64</c> on.
/// </summary>
internal static class Ipv6Blocks
{
    private const int SubnetsPerVpc = 255;

    /// <summary>The /56 of the VPC with this block number.</summary>
    public static Cidr ForVpc(int block)
    {
        var bytes = new byte[16];
        bytes[0] = 0x20;
        bytes[1] = 0x01;
        bytes[2] = 0x0d;
        bytes[3] = 0xb8;
        bytes[4] = (byte)((block >> 8) & 0xff);
        bytes[5] = (byte)(block & 0xff);
        return new Cidr(new IPNetwork(new IPAddress(bytes), 56));
    }

    /// <summary>The first /64 of <paramref name="vpcBlock"/> that no sibling holds.</summary>
    public static Cidr ForSubnet(Cidr vpcBlock, IReadOnlyCollection<Cidr> taken)
    {
        for (var n = 1; n <= SubnetsPerVpc; n++)
        {
            var bytes = vpcBlock.Network.BaseAddress.GetAddressBytes();
            bytes[7] = (byte)n;
            var candidate = new Cidr(new IPNetwork(new IPAddress(bytes), 64));
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        throw ApiErrors.CidrConflict($"The IPv6 block {vpcBlock} has no free /64 left.");
    }
}
