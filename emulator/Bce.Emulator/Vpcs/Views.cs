using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// A VPC as the wire shows it (Go's <c>VPC</c>; with <see cref="Subnets"/>, <c>ShowVPCModel</c>). Built under the
/// lock, written after it.
/// </summary>
internal sealed record VpcView(
    string VpcId,
    string Name,
    string Cidr,
    string Ipv6Cidr,
    DateTimeOffset CreatedTime,
    string Description,
    bool IsDefault,
    IReadOnlyList<string> SecondaryCidrs,
    IReadOnlyList<ResourceTag> Tags,
    bool Relay,
    IReadOnlyList<SubnetView> Subnets)
{
    public static VpcView Of(Vpc vpc, VpcStore store) => new(
        vpc.Id,
        vpc.Name,
        vpc.Cidr.ToString(),
        vpc.Ipv6Cidr?.ToString() ?? string.Empty,
        vpc.CreatedAt,
        vpc.Description,
        vpc.IsDefault,
        vpc.SecondaryCidrs.Select(c => c.ToString()).ToList(),
        vpc.Tags,
        vpc.Relay,
        store.SubnetsOf(vpc.Id).Select(s => SubnetView.Of(s, store)).ToList());
}

/// <summary>A subnet as the wire shows it (Go's <c>Subnet</c>).</summary>
internal sealed record SubnetView(
    string SubnetId,
    string Name,
    string ZoneName,
    string Cidr,
    string Ipv6Cidr,
    string VpcId,
    string SubnetType,
    string Description,
    DateTimeOffset CreatedTime,
    int AvailableIp,
    int AvailableUnreservedIp,
    IReadOnlyList<ResourceTag> Tags)
{
    public static SubnetView Of(Subnet subnet, VpcStore store) => new(
        subnet.Id,
        subnet.Name,
        subnet.ZoneName,
        subnet.Cidr.ToString(),
        subnet.Ipv6Cidr?.ToString() ?? string.Empty,
        subnet.VpcId,
        subnet.SubnetType,
        subnet.Description,
        subnet.CreatedAt,
        subnet.AvailableIp,
        subnet.AvailableUnreservedIp(store.IpReservesOf(subnet.Id)),
        subnet.Tags);
}

/// <summary>A reserved CIDR as the wire shows it (Go's <c>IpReserve</c>).</summary>
internal sealed record IpReserveView(
    string IpReserveId,
    string SubnetId,
    string IpCidr,
    string IpVersion,
    string Description,
    DateTimeOffset CreatedTime)
{
    public static IpReserveView Of(IpReserve reserve) => new(
        reserve.Id,
        reserve.SubnetId,
        reserve.IpCidr.ToString(),
        reserve.IpVersion,
        reserve.Description,
        reserve.CreatedAt);
}
