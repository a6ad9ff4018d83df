using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// Picks the operation of a <c>PUT /v1/peerconn/{id}</c> from its action flag (<c>?accept</c>, <c>?resize</c>, …);
/// no flag means UpdatePeerConn. Flags are recognised with or without <c>=</c>; other parameters are ignored.
/// </summary>
internal static class PeerConnActions
{
    private static readonly (string Flag, string Operation)[] Flags =
    [
        ("accept", OperationNames.AcceptPeerConnApply),
        ("reject", OperationNames.RejectPeerConnApply),
        ("resize", OperationNames.ResizePeerConn),
        ("purchaseReserved", OperationNames.RenewPeerConn),
        ("open", OperationNames.OpenPeerConnSyncDns),
        ("close", OperationNames.ClosePeerConnSyncDns),
        ("refund", OperationNames.RefundPeerConn),
    ];

    /// <summary>The operation name; throws for several flags at once.</summary>
    public static string Resolve(QueryParameters query)
    {
        var present = Flags.Where(f => query.Has(f.Flag)).ToList();
        if (present.Count > 1)
        {
            throw ApiErrors.InvalidHttpRequest(
                $"Only one action may be given; found {string.Join(", ", present.Select(f => f.Flag))}.");
        }

        if (present.Count == 0)
        {
            return OperationNames.UpdatePeerConn;
        }

        return present[0].Operation;
    }
}
