using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>
    /// DeleteVpc: refused while the VPC has a subnet or a peer connection that is not deleted (any status). Its id
    /// is then unknown, and can be neither claimed by CreatePeerConn nor issued again.
    /// </summary>
    public void DeleteVpc(Caller caller, string vpcId, string? ifMatch) => MutateVpc(caller, vpcId, ifMatch, (vpc, _) =>
    {
        if (_store.SubnetsOf(vpc.Id).FirstOrDefault() is { } subnet)
        {
            throw ApiErrors.InUse($"The VPC {vpc.Id} still has the subnet {subnet.Id}; delete its subnets first.");
        }

        if (_peerConns.HasLiveConnections(vpc.Id))
        {
            throw ApiErrors.InUse($"The VPC {vpc.Id} still has peer connections; delete them first.");
        }

        return () => _store.Remove(vpc);
    });
}
