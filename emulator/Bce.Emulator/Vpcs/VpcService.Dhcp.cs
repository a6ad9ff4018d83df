using Bce.Emulator.Auth;
using Bce.Emulator.Vpcs.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>CreateVpcDhcp: sets the DNS servers; refused when the VPC already has DHCP options.</summary>
    public void CreateDhcp(Caller caller, string vpcId, VpcDhcpBody body) => MutateVpc(caller, vpcId, null, (vpc, _) =>
        vpc.DomainNameServers is null
            ? () => vpc.DomainNameServers = body.DomainNameServers
            : throw ApiErrors.DhcpOptionsExist(vpc.Id));

    /// <summary>UpdateVpcDhcp: replaces the DNS servers; an empty value removes the DHCP options.</summary>
    public void UpdateDhcp(Caller caller, string vpcId, VpcDhcpBody body) => MutateVpc(caller, vpcId, null, (vpc, _) =>
        () => vpc.DomainNameServers = body.DomainNameServers.Length == 0 ? null : body.DomainNameServers);

    /// <summary>GetVpcDhcpInfo: the DNS servers, <c>""</c> when none are set.</summary>
    public string GetDhcp(Caller caller, string vpcId) => Locked(_ => VisibleVpc(caller, vpcId).DomainNameServers ?? string.Empty);
}
