using Bce.Emulator.Auth;
using Bce.Emulator.PeerConns.Bodies;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>
    /// UpdatePeerConn: <c>localIfId</c> picks the caller's side (it must be that side's interface id; it never
    /// changes); the side's description and interface name are updated, through <c>updating</c>.
    /// </summary>
    public void Update(Caller caller, string id, UpdatePeerConnBody body, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        var side = connection.SidesOf(caller.AccountId).FirstOrDefault(s => s.InterfaceId == body.LocalIfId)
            ?? throw ApiErrors.InvalidParameter($"localIfId {body.LocalIfId} is not the caller's interface of {id}.");
        RequireSettled(connection, "updated");
        return () =>
        {
            side.Description = body.Description ?? side.Description;
            side.InterfaceName = body.LocalIfName ?? side.InterfaceName;
            LifeCycle.Begin(connection, PeerConnStatus.Updating, connection.Status, now, _transition);
        };
    });

    /// <summary>ResizePeerConn: Prepaid only up, Postpaid up or down; across accounts only the initiator.</summary>
    public void Resize(Caller caller, string id, ResizePeerConnBody body, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        RequireInitiator(connection, caller, "resize");
        RequireSettled(connection, "resized");
        if (connection.IsPrepaid && body.NewBandwidthInMbps < connection.BandwidthInMbps)
        {
            throw ApiErrors.PrepaidDownsizeUnsupported();
        }

        return () =>
        {
            connection.BandwidthInMbps = body.NewBandwidthInMbps;
            LifeCycle.Begin(connection, PeerConnStatus.Updating, connection.Status, now, _transition);
        };
    });

    /// <summary>
    /// RenewPeerConn: Prepaid only, across accounts only the initiator, when active or expired. The period is added
    /// to the expiry time, or to now when already expired (which makes the connection active again).
    /// </summary>
    public void Renew(Caller caller, string id, RenewPeerConnBody body, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        RequireInitiator(connection, caller, "renew");
        if (!connection.IsPrepaid)
        {
            throw ApiErrors.PostpaidRenewUnsupported();
        }

        if (connection.Status is not (PeerConnStatus.Active or PeerConnStatus.Expired))
        {
            throw ApiErrors.StatusConflict($"The peer connection {id} is {connection.Status}; it cannot be renewed now.");
        }

        return () =>
        {
            var from = connection.ExpiresAt is { } expiresAt && expiresAt > now ? expiresAt : now;
            connection.ExpiresAt = from.AddMonths(body.Reservation.Months);
            connection.Status = PeerConnStatus.Active;
            connection.Touch();
        };
    });

    /// <summary>UpdateDeleteProtect: across accounts only the initiator.</summary>
    public void SetDeleteProtect(Caller caller, string id, DeleteProtectBody body, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, _) =>
    {
        RequireInitiator(connection, caller, "change delete protection of");
        return () =>
        {
            connection.DeleteProtect = body.DeleteProtect;
            connection.Touch();
        };
    });
}
