using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>
    /// RefundPeerConn: releases a Prepaid connection, expired or not, as Delete does. Across accounts only
    /// the initiator; refused for Postpaid (they use Delete), across the mainland border, while being deleted, and while
    /// delete-protected. Rules that can never pass (billing, regions) are checked before the ones of the moment.
    /// </summary>
    public void Refund(Caller caller, string id, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        RequireInitiator(connection, caller, "refund");
        if (!connection.IsPrepaid)
        {
            throw ApiErrors.PostpaidRefundUnsupported();
        }

        if (MainlandBorder.Separates(connection.Initiator.Region, connection.Acceptor.Region))
        {
            throw ApiErrors.CrossBorderRefundUnsupported(connection.Initiator.Region, connection.Acceptor.Region);
        }

        if (connection.Status == PeerConnStatus.Deleting)
        {
            throw ApiErrors.StatusConflict($"The peer connection {id} is already being deleted.");
        }

        if (connection.DeleteProtect)
        {
            throw ApiErrors.DeleteProtected();
        }

        return () => LifeCycle.Begin(connection, PeerConnStatus.Deleting, PeerConnStatus.Deleted, now, _transition);
    });
}
