using Bce.Emulator.Auth;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>DeleteSubnet: removes the subnet and its reserved CIDRs (no instances run in it to stop the delete).</summary>
    public void DeleteSubnet(Caller caller, string subnetId, string? ifMatch) =>
        MutateSubnet(caller, subnetId, ifMatch, (subnet, _) => () => _store.Remove(subnet));
}
