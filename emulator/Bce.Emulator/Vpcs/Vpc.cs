using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// A VPC as the emulator stores it. Its subnets are stored beside it (<see cref="VpcStore"/>). Mutated only under the
/// <see cref="Hosting.StateLock"/>.
/// </summary>
internal sealed class Vpc
{
    public required string Id { get; init; }

    /// <summary>The owning account: the creator, or the account it was seeded for.</summary>
    public required string AccountId { get; init; }

    public required string Name { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>The primary IPv4 block; fixed for life.</summary>
    public required Cidr Cidr { get; init; }

    /// <summary>Secondary IPv4 blocks (UpdateVpc replaces the whole list).</summary>
    public List<Cidr> SecondaryCidrs { get; set; } = [];

    /// <summary>The IPv6 /56 while IPv6 is enabled; null otherwise.</summary>
    public Cidr? Ipv6Cidr { get; set; }

    /// <summary>Which /56 this VPC gets when IPv6 is enabled (the same one every time).</summary>
    public required int Ipv6Block { get; init; }

    /// <summary>Whether this is the account's default VPC (the first VPC seeded for it).</summary>
    public bool IsDefault { get; init; }

    /// <summary>Whether relay is open (OpenVpcRelay / ShutdownVpcRelay).</summary>
    public bool Relay { get; set; }

    /// <summary>The DNS servers of the VPC's DHCP options, comma-separated; null when none are set.</summary>
    public string? DomainNameServers { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<ResourceTag> Tags { get; init; } = [];

    /// <summary>The primary block followed by the secondary ones.</summary>
    public IEnumerable<Cidr> AllCidrs => SecondaryCidrs.Prepend(Cidr);
}
