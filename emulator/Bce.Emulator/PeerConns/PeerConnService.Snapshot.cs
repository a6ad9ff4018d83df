namespace Bce.Emulator.PeerConns;

internal sealed partial class PeerConnService
{
    /// <summary>Copies of every stored connection, oldest first.</summary>
    public IReadOnlyList<PeerConnSnapshot> Snapshot() => Locked(_ => _store.All
        .OrderBy(c => c.CreatedAt)
        .ThenBy(c => c.Id, StringComparer.Ordinal)
        .Select(c => new PeerConnSnapshot(
            c.Id,
            c.Status,
            c.Initiator.AccountId,
            c.Initiator.VpcId,
            c.Initiator.InterfaceId,
            c.Initiator.DnsStatus,
            c.Acceptor.AccountId,
            c.Acceptor.VpcId,
            c.Acceptor.InterfaceId,
            c.Acceptor.DnsStatus,
            c.Initiator.Region,
            c.Acceptor.Region,
            c.BandwidthInMbps,
            c.PaymentTiming,
            c.CreatedAt,
            c.ExpiresAt,
            c.DeleteProtect,
            c.ETag))
        .ToList());
}
