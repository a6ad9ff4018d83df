using System.Security.Cryptography;
using System.Text;
using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// A peer connection as the emulator stores it: two sides plus what they share (status, bandwidth, billing, tags).
/// Mutated only under <see cref="PeerConnService"/>'s lock; every change calls <see cref="Touch"/>, which moves the ETag.
/// </summary>
internal sealed class PeerConnection
{
    public required string Id { get; init; }

    public required PeerConnSide Initiator { get; init; }

    public required PeerConnSide Acceptor { get; init; }

    public required string Status { get; set; }

    public PendingTransition? PendingStatus { get; set; }

    public required int BandwidthInMbps { get; set; }

    public required string PaymentTiming { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a Prepaid connection expires; null for Postpaid.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public IReadOnlyList<ResourceTag> Tags { get; init; } = [];

    public bool DeleteProtect { get; set; }

    public string? ResourceGroupId { get; init; }

    /// <summary>Incremented by every change.</summary>
    public long Version { get; private set; }

    public bool IsCrossAccount => !string.Equals(Initiator.AccountId, Acceptor.AccountId, StringComparison.Ordinal);

    public bool IsPrepaid => PaymentTiming == PeerConns.PaymentTiming.Prepaid;

    public bool IsDeleted => Status == PeerConnStatus.Deleted;

    /// <summary>A strong ETag derived from the id and the version; both sides' views share it.</summary>
    public string ETag
    {
        get
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Id}:{Version}"));
            return "\"" + Convert.ToHexStringLower(hash)[..20] + "\"";
        }
    }

    /// <summary>Records a change.</summary>
    public void Touch() => Version++;

    /// <summary>The side with this role.</summary>
    public PeerConnSide Side(string role) => role == PeerConnRole.Acceptor ? Acceptor : Initiator;

    /// <summary>The sides the account owns: none, one, or both for a same-account connection.</summary>
    public IEnumerable<PeerConnSide> SidesOf(string accountId)
    {
        if (Initiator.AccountId == accountId)
        {
            yield return Initiator;
        }

        if (Acceptor.AccountId == accountId)
        {
            yield return Acceptor;
        }
    }

    /// <summary>Whether the account owns either side.</summary>
    public bool IsPartyOf(string accountId) => Initiator.AccountId == accountId || Acceptor.AccountId == accountId;

    /// <summary>Whether either side is this VPC.</summary>
    public bool Touches(string vpcId) => Initiator.VpcId == vpcId || Acceptor.VpcId == vpcId;
}
