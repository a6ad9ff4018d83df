namespace Bce.Emulator;

/// <summary>A read-only copy of one stored peer connection, both sides included, for tests to inspect.</summary>
/// <param name="PeerConnId">The id.</param>
/// <param name="Status">The status (<c>deleted</c> for a deleted connection).</param>
/// <param name="InitiatorAccountId">The account that created it.</param>
/// <param name="InitiatorVpcId">The initiator's VPC.</param>
/// <param name="InitiatorIfId">The initiator side's interface id.</param>
/// <param name="InitiatorDnsStatus">The initiator side's DNS sync status.</param>
/// <param name="AcceptorAccountId">The peer account (the initiator's own for a same-account connection).</param>
/// <param name="AcceptorVpcId">The acceptor's VPC.</param>
/// <param name="AcceptorIfId">The acceptor side's interface id.</param>
/// <param name="AcceptorDnsStatus">The acceptor side's DNS sync status.</param>
/// <param name="LocalRegion">The initiator's region (the emulator's region).</param>
/// <param name="PeerRegion">The acceptor's region.</param>
/// <param name="BandwidthInMbps">The bandwidth.</param>
/// <param name="PaymentTiming"><c>Prepaid</c> or <c>Postpaid</c>.</param>
/// <param name="CreatedTime">When it was created.</param>
/// <param name="ExpiredTime">When a Prepaid connection expires; null for Postpaid.</param>
/// <param name="DeleteProtect">Whether delete protection is on.</param>
/// <param name="ETag">The current ETag, as GetPeerConnDetail sends it.</param>
public sealed record PeerConnSnapshot(
    string PeerConnId,
    string Status,
    string InitiatorAccountId,
    string InitiatorVpcId,
    string InitiatorIfId,
    string InitiatorDnsStatus,
    string AcceptorAccountId,
    string AcceptorVpcId,
    string AcceptorIfId,
    string AcceptorDnsStatus,
    string LocalRegion,
    string PeerRegion,
    int BandwidthInMbps,
    string PaymentTiming,
    DateTimeOffset CreatedTime,
    DateTimeOffset? ExpiredTime,
    bool DeleteProtect,
    string ETag)
{
    /// <summary>Whether the two sides belong to different accounts.</summary>
    public bool IsCrossAccount => !string.Equals(InitiatorAccountId, AcceptorAccountId, StringComparison.Ordinal);

    /// <summary>Whether the connection was deleted.</summary>
    public bool IsDeleted => Status == "deleted";
}
