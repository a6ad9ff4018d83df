namespace Bce.Emulator;

/// <summary>A read-only copy of one subnet, for tests to inspect.</summary>
/// <param name="SubnetId">The id.</param>
/// <param name="VpcId">The VPC it belongs to.</param>
/// <param name="AccountId">The owning account (the VPC's).</param>
/// <param name="Name">The name.</param>
/// <param name="ZoneName">The zone, e.g. <c>cn-bj-a</c>.</param>
/// <param name="Cidr">The IPv4 block.</param>
/// <param name="Ipv6Cidr">The IPv6 block while IPv6 is enabled; null otherwise.</param>
/// <param name="SubnetType"><c>BCC</c>, <c>BCC_NAT</c> or <c>BBC</c>.</param>
/// <param name="AvailableIp">The block's addresses minus the three the system keeps.</param>
/// <param name="AvailableUnreservedIp"><paramref name="AvailableIp"/> minus the addresses of IPv4 reserved CIDRs.</param>
/// <param name="IpReserveCidrs">The subnet's reserved CIDRs, in id order.</param>
/// <param name="CreatedTime">When it was created.</param>
public sealed record SubnetSnapshot(
    string SubnetId,
    string VpcId,
    string AccountId,
    string Name,
    string ZoneName,
    string Cidr,
    string? Ipv6Cidr,
    string SubnetType,
    int AvailableIp,
    int AvailableUnreservedIp,
    IReadOnlyList<string> IpReserveCidrs,
    DateTimeOffset CreatedTime);
