namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>Copies of every VPC, in id order.</summary>
    public IReadOnlyList<VpcSnapshot> VpcSnapshots() => Locked(_ => _store.Vpcs
        .Select(v => new VpcSnapshot(
            v.Id,
            v.AccountId,
            v.Name,
            v.Cidr.ToString(),
            v.SecondaryCidrs.Select(c => c.ToString()).ToList(),
            v.Ipv6Cidr?.ToString(),
            v.IsDefault,
            v.Relay,
            v.CreatedAt,
            _store.SubnetsOf(v.Id).Select(s => s.Id).ToList()))
        .ToList());

    /// <summary>Copies of every subnet, in id order.</summary>
    public IReadOnlyList<SubnetSnapshot> SubnetSnapshots() => Locked(_ => _store.Subnets
        .Select(s => new SubnetSnapshot(
            s.Id,
            s.VpcId,
            s.AccountId,
            s.Name,
            s.ZoneName,
            s.Cidr.ToString(),
            s.Ipv6Cidr?.ToString(),
            s.SubnetType,
            s.AvailableIp,
            s.AvailableUnreservedIp(_store.IpReservesOf(s.Id)),
            _store.IpReservesOf(s.Id).Select(r => r.IpCidr.ToString()).ToList(),
            s.CreatedAt))
        .ToList());
}
