using Bce.Emulator.Auth;
using Bce.Emulator.Vpcs.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>
    /// CreateSubnet, checked in this order: the VPC is the caller's (404); <c>zoneName</c> is a zone of the emulator's
    /// region (<c>cn-REGION-x</c>); <c>vpcSecondaryCidr</c>, when given, is one of the VPC's secondary blocks; the
    /// CIDR is at most /29 and lies inside that block (else the primary one); it overlaps no sibling; IPv6 needs the
    /// VPC's IPv6. Returns the new id.
    /// </summary>
    public string CreateSubnet(Caller caller, CreateSubnetBody body) => Locked(now =>
    {
        var vpc = VisibleVpc(caller, body.VpcId);
        if (!_zoneName.IsMatch(body.ZoneName))
        {
            throw ApiErrors.VpcInvalidParameter($"zoneName {body.ZoneName} is not a zone of region {_region} (cn-{_region}-a, cn-{_region}-b, …).");
        }

        var block = BlockFor(vpc, body.VpcSecondaryCidr);
        if (body.Cidr.PrefixLength > MaxSubnetPrefix)
        {
            throw ApiErrors.InvalidCidr($"cidr {body.Cidr} is smaller than /{MaxSubnetPrefix}.");
        }

        if (!block.Contains(body.Cidr))
        {
            throw ApiErrors.InvalidCidr($"cidr {body.Cidr} does not lie inside the VPC's {(body.VpcSecondaryCidr is null ? "CIDR" : "secondary CIDR")} {block}.");
        }

        var siblings = _store.SubnetsOf(vpc.Id).ToList();
        if (siblings.FirstOrDefault(s => s.Cidr.Overlaps(body.Cidr)) is { } sibling)
        {
            throw ApiErrors.CidrConflict($"cidr {body.Cidr} overlaps the subnet {sibling.Id} ({sibling.Cidr}).");
        }

        var subnet = new Subnet
        {
            Id = _store.NewSubnetId(),
            VpcId = vpc.Id,
            AccountId = vpc.AccountId,
            Name = body.Name,
            ZoneName = body.ZoneName,
            Cidr = body.Cidr,
            Ipv6Cidr = body.EnableIpv6 ? Ipv6BlockFor(vpc, siblings) : null,
            SubnetType = body.SubnetType,
            Description = body.Description ?? string.Empty,
            CreatedAt = now,
            Tags = body.Tags,
        };
        _store.Add(subnet);
        return subnet.Id;
    });

    private static Cidr BlockFor(Vpc vpc, Cidr? secondary)
    {
        if (secondary is not { } named)
        {
            return vpc.Cidr;
        }

        return vpc.SecondaryCidrs.Contains(named)
            ? named
            : throw ApiErrors.VpcInvalidParameter($"vpcSecondaryCidr {named} is not a secondary CIDR of the VPC {vpc.Id}.");
    }

    /// <summary>The next free /64 of the VPC's IPv6 block; the VPC must have IPv6.</summary>
    private static Cidr Ipv6BlockFor(Vpc vpc, IEnumerable<Subnet> siblings) =>
        vpc.Ipv6Cidr is { } block
            ? Ipv6Blocks.ForSubnet(block, siblings.Where(s => s.Ipv6Cidr is not null).Select(s => s.Ipv6Cidr!.Value).ToList())
            : throw ApiErrors.VpcInvalidParameter($"The VPC {vpc.Id} has no IPv6 CIDR; enable IPv6 on it first.");
}
