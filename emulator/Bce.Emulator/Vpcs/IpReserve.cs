namespace Bce.Emulator.Vpcs;

/// <summary>A reserved CIDR of a subnet (CreateIpReserve): addresses the subnet must not hand out.</summary>
internal sealed class IpReserve
{
    public required string Id { get; init; }

    public required string SubnetId { get; init; }

    /// <summary>An IPv4 block inside the subnet's CIDR, or an IPv6 block inside its IPv6 CIDR.</summary>
    public required Cidr IpCidr { get; init; }

    public string Description { get; init; } = string.Empty;

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>4</c> or <c>6</c>, as the response's string <c>ipVersion</c>.</summary>
    public string IpVersion => IpCidr.IsIpv4 ? "4" : "6";
}
