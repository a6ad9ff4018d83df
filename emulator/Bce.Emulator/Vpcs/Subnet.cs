using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>A subnet of a <see cref="Vpc"/>. Mutated only under the <see cref="Hosting.StateLock"/>.</summary>
internal sealed class Subnet
{
    /// <summary>
    /// Addresses of every subnet the system keeps for itself and that <c>availableIp</c> leaves out: the network
    /// address, the gateway (the first host) and the broadcast address.
    /// </summary>
    public const int SystemAddresses = 3;

    public required string Id { get; init; }

    public required string VpcId { get; init; }

    public required string AccountId { get; init; }

    public required string Name { get; set; }

    public required string ZoneName { get; init; }

    public required Cidr Cidr { get; init; }

    /// <summary>The IPv6 /64 while IPv6 is enabled; null otherwise.</summary>
    public Cidr? Ipv6Cidr { get; set; }

    public required string SubnetType { get; init; }

    public string Description { get; set; } = string.Empty;

    public required DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<ResourceTag> Tags { get; init; } = [];

    /// <summary>The IPv4 addresses instances could use: the block's size minus the system's three.</summary>
    public int AvailableIp => (int)Cidr.AddressCount - SystemAddresses;

    /// <summary>
    /// <see cref="AvailableIp"/> minus the addresses inside this subnet's IPv4 reserved CIDRs (a system address inside
    /// a reserved CIDR is counted once).
    /// </summary>
    public int AvailableUnreservedIp(IEnumerable<IpReserve> reserves)
    {
        var ipv4 = reserves.Where(r => r.IpCidr.IsIpv4).Select(r => r.IpCidr).ToList();
        var reserved = ipv4.Sum(c => (int)c.AddressCount);
        var systemAddresses = new[] { Cidr.AddressAt(0), Cidr.AddressAt(1), Cidr.AddressAt(Cidr.AddressCount - 1) };
        reserved -= systemAddresses.Count(address => ipv4.Any(c => c.Contains(address)));
        return Math.Max(0, AvailableIp - reserved);
    }
}

/// <summary>The <c>subnetType</c> values (Go's <c>SubnetType</c>).</summary>
internal static class SubnetTypes
{
    public const string Bcc = "BCC";
    public const string BccNat = "BCC_NAT";
    public const string Bbc = "BBC";

    /// <summary>Every value, for messages.</summary>
    public static readonly string[] All = [Bcc, BccNat, Bbc];

    /// <summary>Whether the value is one of <see cref="All"/>, spelled exactly.</summary>
    public static bool IsValid(string value) => All.Contains(value, StringComparer.Ordinal);
}
