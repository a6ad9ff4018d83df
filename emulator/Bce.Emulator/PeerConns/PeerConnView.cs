using Bce.Emulator.Wire;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// A connection as one side sees it: that side is "local", the other "peer". This is what GetPeerConnDetail answers
/// and what ListPeerConn lists.
/// </summary>
internal sealed record PeerConnView(
    string PeerConnId,
    string Role,
    string Status,
    int BandwidthInMbps,
    string Description,
    string LocalIfId,
    string LocalIfName,
    string LocalVpcId,
    string LocalRegion,
    string PeerVpcId,
    string PeerRegion,
    string PeerAccountId,
    string PaymentTiming,
    string DnsStatus,
    DateTimeOffset CreatedTime,
    DateTimeOffset? ExpiredTime,
    IReadOnlyList<ResourceTag> Tags,
    bool DeleteProtect)
{
    /// <summary>The view of <paramref name="connection"/> from the side with <paramref name="role"/>.</summary>
    public static PeerConnView Of(PeerConnection connection, string role)
    {
        var local = connection.Side(role);
        var peer = connection.Side(role == PeerConnRole.Initiator ? PeerConnRole.Acceptor : PeerConnRole.Initiator);
        return new PeerConnView(
            connection.Id,
            role,
            connection.Status,
            connection.BandwidthInMbps,
            local.Description,
            local.InterfaceId,
            local.InterfaceName,
            local.VpcId,
            local.Region,
            peer.VpcId,
            peer.Region,
            peer.AccountId,
            connection.PaymentTiming,
            local.DnsStatus,
            connection.CreatedAt,
            connection.ExpiresAt,
            connection.Tags,
            connection.DeleteProtect);
    }
}
