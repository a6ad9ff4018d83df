using Bce.Emulator.Auth;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>AcceptPeerConnApply: consulting → (starting →) active.</summary>
    public void Accept(Caller caller, string id, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, now) =>
    {
        RequireConsultingForAcceptor(connection, caller);
        return () => LifeCycle.Begin(connection, PeerConnStatus.Starting, PeerConnStatus.Active, now, _transition);
    });

    /// <summary>RejectPeerConnApply: consulting → consult_failed, at once.</summary>
    public void Reject(Caller caller, string id, string? ifMatch) => Mutate(caller, id, ifMatch, (connection, _) =>
    {
        RequireConsultingForAcceptor(connection, caller);
        return () =>
        {
            connection.Status = PeerConnStatus.ConsultFailed;
            connection.PendingStatus = null;
            connection.Touch();
        };
    });

    private static void RequireConsultingForAcceptor(PeerConnection connection, Caller caller)
    {
        if (!connection.IsCrossAccount)
        {
            throw ApiErrors.NotCrossAccount();
        }

        if (connection.Acceptor.AccountId != caller.AccountId)
        {
            throw ApiErrors.StatusConflict($"Only the acceptor account may accept or reject {connection.Id}.");
        }

        if (connection.Status != PeerConnStatus.Consulting)
        {
            throw ApiErrors.StatusConflict($"The peer connection {connection.Id} is {connection.Status}, not consulting.");
        }
    }
}
