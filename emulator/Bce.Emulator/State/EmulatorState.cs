using Bce.Emulator.Idempotency;
using Bce.Emulator.PeerConns;
using Bce.Emulator.Vpcs;

namespace Bce.Emulator;

/// <summary>
/// Read-only access to what the emulator holds, for tests. Every member takes a fresh snapshot (after applying the
/// time-driven changes that are due), so values never change under the caller.
/// </summary>
public sealed class EmulatorState
{
    private readonly PeerConnService _peerConns;
    private readonly VpcService _vpcs;
    private readonly IdempotencyStore _idempotency;

    internal EmulatorState(PeerConnService peerConns, VpcService vpcs, IdempotencyStore idempotency)
    {
        _peerConns = peerConns;
        _vpcs = vpcs;
        _idempotency = idempotency;
    }

    /// <summary>Every VPC that exists (seeded or created, not deleted), in id order.</summary>
    public IReadOnlyList<VpcSnapshot> Vpcs => _vpcs.VpcSnapshots();

    /// <summary>Every subnet that exists, in id order.</summary>
    public IReadOnlyList<SubnetSnapshot> Subnets => _vpcs.SubnetSnapshots();

    /// <summary>The VPC with this id; null when there is none (never created, deleted, or only claimed by a peer connection).</summary>
    public VpcSnapshot? FindVpc(string vpcId) =>
        Vpcs.FirstOrDefault(v => string.Equals(v.VpcId, vpcId, StringComparison.Ordinal));

    /// <summary>The subnet with this id; null when there is none.</summary>
    public SubnetSnapshot? FindSubnet(string subnetId) =>
        Subnets.FirstOrDefault(s => string.Equals(s.SubnetId, subnetId, StringComparison.Ordinal));

    /// <summary>Every connection ever created, deleted ones included, oldest first.</summary>
    public IReadOnlyList<PeerConnSnapshot> Connections => _peerConns.Snapshot();

    /// <summary>Live (not deleted) connections per account id; an account counts every connection it owns a side of.</summary>
    public IReadOnlyDictionary<string, int> ConnectionCountsByAccount
    {
        get
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var connection in Connections.Where(c => !c.IsDeleted))
            {
                foreach (var accountId in new[] { connection.InitiatorAccountId, connection.AcceptorAccountId }.Distinct())
                {
                    counts[accountId] = counts.GetValueOrDefault(accountId) + 1;
                }
            }

            return counts;
        }
    }

    /// <summary>The number of clientTokens currently remembered (across all accounts).</summary>
    public int IdempotencyTokenCount => _idempotency.Count;

    /// <summary>The connection with this id, deleted or not; null when the id was never issued.</summary>
    public PeerConnSnapshot? Find(string peerConnId) =>
        Connections.FirstOrDefault(c => string.Equals(c.PeerConnId, peerConnId, StringComparison.Ordinal));

    /// <summary>Live (not deleted) connections the account owns a side of.</summary>
    public int ConnectionCount(string accountId) => ConnectionCountsByAccount.GetValueOrDefault(accountId);
}
