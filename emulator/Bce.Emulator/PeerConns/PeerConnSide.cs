namespace Bce.Emulator.PeerConns;

/// <summary>
/// One end of a connection: whose VPC it is, its interface and its own settings. The initiator's view of a
/// connection is its side as "local" and the acceptor's side as "peer"; the acceptor's view is the mirror image.
/// </summary>
internal sealed class PeerConnSide
{
    public required string Role { get; init; }

    public required string AccountId { get; init; }

    public required string VpcId { get; init; }

    public required string Region { get; init; }

    /// <summary>The interface id of this side, <c>qpif-</c> + 12 lowercase alphanumerics; immutable.</summary>
    public required string InterfaceId { get; init; }

    public string InterfaceName { get; set; } = string.Empty;

    /// <summary>Each side keeps its own description (both start with the one given at create).</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>DNS synchronisation is switched per side (the open/close calls name a role).</summary>
    public string DnsStatus { get; set; } = PeerConns.DnsStatus.Close;

    /// <summary>A DNS state the side is moving to, when transitions take time.</summary>
    public PendingTransition? PendingDns { get; set; }
}
