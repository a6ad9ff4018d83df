namespace Bce.Emulator;

/// <summary>
/// The operation names the emulator recognises, as spelled in <c>spec/peerconn.yaml</c>; fault rules and the request
/// counters use them.
/// </summary>
public static class OperationNames
{
    /// <summary><c>POST /v1/peerconn</c>.</summary>
    public const string CreatePeerConn = "CreatePeerConn";

    /// <summary><c>GET /v1/peerconn</c>.</summary>
    public const string ListPeerConn = "ListPeerConn";

    /// <summary><c>GET /v1/peerconn/{id}</c>.</summary>
    public const string GetPeerConnDetail = "GetPeerConnDetail";

    /// <summary><c>PUT /v1/peerconn/{id}</c> without an action flag.</summary>
    public const string UpdatePeerConn = "UpdatePeerConn";

    /// <summary><c>PUT /v1/peerconn/{id}?accept</c>.</summary>
    public const string AcceptPeerConnApply = "AcceptPeerConnApply";

    /// <summary><c>PUT /v1/peerconn/{id}?reject</c>.</summary>
    public const string RejectPeerConnApply = "RejectPeerConnApply";

    /// <summary><c>DELETE /v1/peerconn/{id}</c>.</summary>
    public const string DeletePeerConn = "DeletePeerConn";

    /// <summary><c>PUT /v1/peerconn/{id}?resize</c>.</summary>
    public const string ResizePeerConn = "ResizePeerConn";

    /// <summary><c>PUT /v1/peerconn/{id}?purchaseReserved</c>.</summary>
    public const string RenewPeerConn = "RenewPeerConn";

    /// <summary><c>PUT /v1/peerconn/{id}?open&amp;role=…</c>.</summary>
    public const string OpenPeerConnSyncDns = "OpenPeerConnSyncDns";

    /// <summary><c>PUT /v1/peerconn/{id}?close&amp;role=…</c>.</summary>
    public const string ClosePeerConnSyncDns = "ClosePeerConnSyncDns";

    /// <summary><c>PUT /v1/peerconn/{id}/deleteProtect</c> (wire contract §1 #13; not in the spec, emulated anyway).</summary>
    public const string UpdatePeerConnDeleteProtect = "UpdatePeerConnDeleteProtect";

    /// <summary><c>POST /v1/sessionToken</c> (STS).</summary>
    public const string GetSessionToken = "GetSessionToken";

    /// <summary>Every name above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CreatePeerConn, ListPeerConn, GetPeerConnDetail, UpdatePeerConn, AcceptPeerConnApply, RejectPeerConnApply,
        DeletePeerConn, ResizePeerConn, RenewPeerConn, OpenPeerConnSyncDns, ClosePeerConnSyncDns,
        UpdatePeerConnDeleteProtect, GetSessionToken,
    ];
}
