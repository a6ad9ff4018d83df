using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>
    /// DeletePeerConn: across accounts only the initiator; refused while delete-protected, and for an active Prepaid
    /// connection that has not expired. Goes (through <c>deleting</c>) to <c>deleted</c>, after which the id is
    /// unknown and the VPC pair is free again.
    /// </summary>
    public void Delete(Caller caller, string id, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        RequireInitiator(connection, caller, "delete");
        if (connection.Status == PeerConnStatus.Deleting)
        {
            throw ApiErrors.StatusConflict($"The peer connection {id} is already being deleted.");
        }

        if (connection.DeleteProtect)
        {
            throw ApiErrors.DeleteProtected();
        }

        if (connection.IsPrepaid && connection.Status == PeerConnStatus.Active && connection.ExpiresAt > now)
        {
            throw ApiErrors.PrepaidNotExpired();
        }

        return () => LifeCycle.Begin(connection, PeerConnStatus.Deleting, PeerConnStatus.Deleted, now, _transition);
    });
}
