using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>
    /// GetPeerConnDetail: the view from <paramref name="role"/>, or, without a role, from the caller's side (the
    /// initiator's when the caller owns both; the real service picks at random). Null when the id is unknown, deleted,
    /// not the caller's, or the caller does not own the asked side.
    /// </summary>
    public (PeerConnView View, string ETag)? GetDetail(Caller caller, string id, string? role) => Locked<(PeerConnView, string)?>(_ =>
    {
        if (_store.Find(id) is not { IsDeleted: false } connection)
        {
            return null;
        }

        var side = role is null
            ? connection.SidesOf(caller.AccountId).FirstOrDefault()
            : connection.SidesOf(caller.AccountId).FirstOrDefault(s => s.Role == role);
        return side is null ? null : (PeerConnView.Of(connection, side.Role), connection.ETag);
    });

    /// <summary>
    /// ListPeerConn: the caller's connections ordered by id, one view each: with <paramref name="vpcId"/>, the side whose
    /// local VPC it is; without, the initiator side when the caller initiated, else the acceptor side. A page starts at
    /// the first id not below <paramref name="marker"/>.
    /// </summary>
    public ListPage<PeerConnView> List(Caller caller, string? vpcId, string? marker, int maxKeys) => Locked(_ =>
    {
        var views = new List<PeerConnView>();
        foreach (var connection in _store.Live.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var side = connection.SidesOf(caller.AccountId).FirstOrDefault(s => vpcId is null || s.VpcId == vpcId);
            if (side is not null)
            {
                views.Add(PeerConnView.Of(connection, side.Role));
            }
        }

        return ListPage<PeerConnView>.Of(views, v => v.PeerConnId, marker, maxKeys);
    });
}
