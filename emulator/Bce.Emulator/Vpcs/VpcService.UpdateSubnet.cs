using Bce.Emulator.Auth;
using Bce.Emulator.Vpcs.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>
    /// UpdateSubnet (<c>?modifyAttribute</c>): sets the name, and the description and IPv6 when given. Switching IPv6
    /// on needs the VPC's IPv6; switching it off is refused while an IPv6 reserved CIDR remains.
    /// </summary>
    public void UpdateSubnet(Caller caller, string subnetId, UpdateSubnetBody body, string? ifMatch) => MutateSubnet(caller, subnetId, ifMatch, (subnet, _) =>
    {
        Cidr? ipv6 = subnet.Ipv6Cidr;
        if (body.EnableIpv6 == true && ipv6 is null)
        {
            var vpc = _store.FindVpc(subnet.VpcId)!;
            ipv6 = Ipv6BlockFor(vpc, _store.SubnetsOf(vpc.Id));
        }
        else if (body.EnableIpv6 == false)
        {
            if (_store.IpReservesOf(subnet.Id).FirstOrDefault(r => !r.IpCidr.IsIpv4) is { } reserve)
            {
                throw ApiErrors.InUse($"IPv6 cannot be switched off while the reserved CIDR {reserve.Id} ({reserve.IpCidr}) remains.");
            }

            ipv6 = null;
        }

        return () =>
        {
            subnet.Name = body.Name;
            subnet.Description = body.Description ?? subnet.Description;
            subnet.Ipv6Cidr = ipv6;
        };
    });
}
