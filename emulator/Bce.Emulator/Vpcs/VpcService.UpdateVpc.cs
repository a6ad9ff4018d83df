using Bce.Emulator.Auth;
using Bce.Emulator.Vpcs.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>
    /// UpdateVpc (<c>?modifyAttribute</c>): sets the name, and the description, IPv6 and secondary blocks when given.
    /// Secondary blocks follow the VPC block rules, may not overlap the primary or each other, and one that still holds
    /// a subnet cannot be removed; IPv6 cannot be switched off while a subnet has it.
    /// </summary>
    public void UpdateVpc(Caller caller, string vpcId, UpdateVpcBody body, string? ifMatch) => MutateVpc(caller, vpcId, ifMatch, (vpc, _) =>
    {
        var subnets = _store.SubnetsOf(vpc.Id).ToList();
        if (body.SecondaryCidrs is { } secondary)
        {
            CheckSecondaryBlocks(vpc, secondary, subnets);
        }

        if (body.EnableIpv6 == false && subnets.FirstOrDefault(s => s.Ipv6Cidr is not null) is { } withIpv6)
        {
            throw ApiErrors.InUse($"IPv6 cannot be switched off while the subnet {withIpv6.Id} has it.");
        }

        return () =>
        {
            vpc.Name = body.Name;
            vpc.Description = body.Description ?? vpc.Description;
            if (body.EnableIpv6 is { } enable)
            {
                vpc.Ipv6Cidr = enable ? Ipv6Blocks.ForVpc(vpc.Ipv6Block) : null;
            }

            if (body.SecondaryCidrs is { } blocks)
            {
                vpc.SecondaryCidrs = [.. blocks];
            }
        };
    });

    /// <summary>OpenVpcRelay / ShutdownVpcRelay: sets <c>relay</c> (asking for the current state changes nothing).</summary>
    public void SetRelay(Caller caller, string vpcId, bool open, string? ifMatch) =>
        MutateVpc(caller, vpcId, ifMatch, (vpc, _) => () => vpc.Relay = open);

    private static void CheckSecondaryBlocks(Vpc vpc, IReadOnlyList<Cidr> secondary, IReadOnlyList<Subnet> subnets)
    {
        for (var i = 0; i < secondary.Count; i++)
        {
            var field = $"secondaryCidr[{i}]";
            RequireVpcBlock(field, secondary[i]);
            if (secondary[i].Overlaps(vpc.Cidr))
            {
                throw ApiErrors.CidrConflict($"{field} {secondary[i]} overlaps the VPC's CIDR {vpc.Cidr}.");
            }

            for (var j = 0; j < i; j++)
            {
                if (secondary[i].Overlaps(secondary[j]))
                {
                    throw ApiErrors.CidrConflict($"{field} {secondary[i]} overlaps secondaryCidr[{j}] {secondary[j]}.");
                }
            }
        }

        foreach (var removed in vpc.SecondaryCidrs.Where(c => !secondary.Contains(c)))
        {
            if (subnets.FirstOrDefault(s => removed.Contains(s.Cidr)) is { } subnet)
            {
                throw ApiErrors.InUse($"The secondary CIDR {removed} still holds the subnet {subnet.Id}.");
            }
        }
    }
}
