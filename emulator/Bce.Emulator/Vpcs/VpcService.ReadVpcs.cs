using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>
    /// ListVpcs: the caller's VPCs ordered by id, optionally only those in <paramref name="vpcIds"/> and only those
    /// whose <c>isDefault</c> is <paramref name="isDefault"/>.
    /// </summary>
    public ListPage<VpcView> ListVpcs(Caller caller, IReadOnlySet<string>? vpcIds, bool? isDefault, string? marker, int maxKeys) => Locked(_ =>
    {
        var views = _store.Vpcs
            .Where(v => v.AccountId == caller.AccountId)
            .Where(v => vpcIds is null || vpcIds.Contains(v.Id))
            .Where(v => isDefault is null || v.IsDefault == isDefault)
            .Select(v => VpcView.Of(v, _store))
            .ToList();
        return ListPage<VpcView>.Of(views, v => v.VpcId, marker, maxKeys);
    });

    /// <summary>GetVpcDetail: the VPC with its subnets; 404 unless it is the caller's.</summary>
    public VpcView GetVpcDetail(Caller caller, string vpcId) => Locked(_ => VpcView.Of(VisibleVpc(caller, vpcId), _store));

    /// <summary>
    /// GetPrivateIpAddressesInfo: which of the asked addresses are in use. No instances run in the emulator, so none
    /// is; the answer is the empty list, once the VPC is found to be the caller's.
    /// </summary>
    public void RequireVpc(Caller caller, string vpcId) => Locked(_ => VisibleVpc(caller, vpcId));
}
