using Bce.Emulator.Auth;
using Bce.Emulator.Vpcs.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>
    /// CreateIpReserve: the subnet is the caller's (404); an IPv4 block lies inside the subnet's CIDR, an IPv6 block
    /// inside its IPv6 CIDR (which it must have); it overlaps none of the subnet's other reserved CIDRs.
    /// </summary>
    public string CreateIpReserve(Caller caller, CreateIpReserveBody body) => Locked(now =>
    {
        var subnet = VisibleSubnet(caller, body.SubnetId);
        var range = body.IpCidr.IsIpv4
            ? subnet.Cidr
            : subnet.Ipv6Cidr ?? throw ApiErrors.VpcInvalidParameter($"The subnet {subnet.Id} has no IPv6 CIDR to reserve from.");
        if (!range.Contains(body.IpCidr))
        {
            throw ApiErrors.InvalidCidr($"ipCidr {body.IpCidr} does not lie inside the subnet's {(body.IpCidr.IsIpv4 ? "CIDR" : "IPv6 CIDR")} {range}.");
        }

        if (_store.IpReservesOf(subnet.Id).FirstOrDefault(r => r.IpCidr.Overlaps(body.IpCidr)) is { } other)
        {
            throw ApiErrors.CidrConflict($"ipCidr {body.IpCidr} overlaps the reserved CIDR {other.Id} ({other.IpCidr}).");
        }

        var reserve = new IpReserve
        {
            Id = _store.NewIpReserveId(),
            SubnetId = subnet.Id,
            IpCidr = body.IpCidr,
            Description = body.Description,
            CreatedAt = now,
        };
        _store.Add(reserve);
        return reserve.Id;
    });

    /// <summary>ListIpReserves: the reserved CIDRs of the caller's subnets (of one subnet with <paramref name="subnetId"/>), ordered by id.</summary>
    public ListPage<IpReserveView> ListIpReserves(Caller caller, string? subnetId, string? marker, int maxKeys) => Locked(_ =>
    {
        var views = _store.IpReserves
            .Where(r => (subnetId is null || r.SubnetId == subnetId) && _store.FindSubnet(r.SubnetId)?.AccountId == caller.AccountId)
            .Select(IpReserveView.Of)
            .ToList();
        return ListPage<IpReserveView>.Of(views, r => r.IpReserveId, marker, maxKeys);
    });

    /// <summary>DeleteIpReserve; 404 unless the reserved CIDR is in one of the caller's subnets.</summary>
    public void DeleteIpReserve(Caller caller, string ipReserveId) => Locked(_ =>
    {
        var reserve = _store.FindIpReserve(ipReserveId) is { } found && _store.FindSubnet(found.SubnetId)?.AccountId == caller.AccountId
            ? found
            : throw ApiErrors.NoSuchIpReserve(ipReserveId);
        _store.Remove(reserve);
        return true;
    });
}
