using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

internal sealed partial class VpcService
{
    /// <summary>ListSubnets: the caller's subnets ordered by id, narrowed by each filter given (all must hold).</summary>
    public ListPage<SubnetView> ListSubnets(Caller caller, SubnetFilter filter, string? marker, int maxKeys) => Locked(_ =>
    {
        var views = _store.Subnets
            .Where(s => s.AccountId == caller.AccountId && filter.Matches(s))
            .Select(s => SubnetView.Of(s, _store))
            .ToList();
        return ListPage<SubnetView>.Of(views, s => s.SubnetId, marker, maxKeys);
    });

    /// <summary>GetSubnetDetail; 404 unless it is the caller's.</summary>
    public SubnetView GetSubnetDetail(Caller caller, string subnetId) => Locked(_ => SubnetView.Of(VisibleSubnet(caller, subnetId), _store));
}

/// <summary>The ListSubnets query filters; null means "any".</summary>
internal sealed record SubnetFilter(string? VpcId, string? ZoneName, IReadOnlySet<string>? SubnetIds, string? SubnetType)
{
    public bool Matches(Subnet subnet) =>
        (VpcId is null || subnet.VpcId == VpcId)
        && (ZoneName is null || subnet.ZoneName == ZoneName)
        && (SubnetIds is null || SubnetIds.Contains(subnet.Id))
        && (SubnetType is null || subnet.SubnetType == SubnetType);
}
