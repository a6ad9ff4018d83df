using Bce.Emulator.Auth;
using Bce.Emulator.Vpcs.Bodies;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>CreateVpc: a private IPv4 block of /8 to /28; with <c>enableIpv6</c>, an IPv6 /56 too. Returns the new id.</summary>
    public string CreateVpc(Caller caller, CreateVpcBody body) => Locked(now =>
    {
        RequireVpcBlock("cidr", body.Cidr);
        var block = _store.NextIpv6Block();
        var vpc = new Vpc
        {
            Id = _store.NewVpcId(),
            AccountId = caller.AccountId,
            Name = body.Name,
            Description = body.Description ?? string.Empty,
            Cidr = body.Cidr,
            Ipv6Block = block,
            Ipv6Cidr = body.EnableIpv6 ? Ipv6Blocks.ForVpc(block) : null,
            CreatedAt = now,
            Tags = body.Tags,
        };
        _store.Add(vpc);
        return vpc.Id;
    });
}
