namespace Bce.Emulator;

/// <summary>
/// The operation names the emulator recognises — PeerConn's as spelled in <c>spec/peerconn.yaml</c>, the VPC and
/// subnet ones as proposed in <c>spec/reference/vpc-operations.md</c> — and fault rules and the request counters use.
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

    /// <summary><c>PUT /v1/peerconn/{id}?refund</c>.</summary>
    public const string RefundPeerConn = "RefundPeerConn";

    /// <summary><c>PUT /v1/peerconn/{id}/deleteProtect</c>.</summary>
    public const string UpdatePeerConnDeleteProtect = "UpdatePeerConnDeleteProtect";

    /// <summary><c>POST /v1/vpc</c>.</summary>
    public const string CreateVpc = "CreateVpc";

    /// <summary><c>GET /v1/vpc</c>.</summary>
    public const string ListVpcs = "ListVpcs";

    /// <summary><c>GET /v1/vpc/{vpcId}</c>.</summary>
    public const string GetVpcDetail = "GetVpcDetail";

    /// <summary><c>PUT /v1/vpc/{vpcId}?modifyAttribute</c>.</summary>
    public const string UpdateVpc = "UpdateVpc";

    /// <summary><c>DELETE /v1/vpc/{vpcId}</c>.</summary>
    public const string DeleteVpc = "DeleteVpc";

    /// <summary><c>GET /v1/vpc/{vpcId}/privateIpAddressInfo</c>.</summary>
    public const string GetPrivateIpAddressesInfo = "GetPrivateIpAddressesInfo";

    /// <summary><c>POST /v1/vpc/{vpcId}/dhcp</c>.</summary>
    public const string CreateVpcDhcp = "CreateVpcDhcp";

    /// <summary><c>PUT /v1/vpc/{vpcId}/dhcp</c>.</summary>
    public const string UpdateVpcDhcp = "UpdateVpcDhcp";

    /// <summary><c>GET /v1/vpc/{vpcId}/dhcp</c>.</summary>
    public const string GetVpcDhcpInfo = "GetVpcDhcpInfo";

    /// <summary><c>PUT /v1/vpc/openRelay/{vpcId}</c>.</summary>
    public const string OpenVpcRelay = "OpenVpcRelay";

    /// <summary><c>PUT /v1/vpc/shutdownRelay/{vpcId}</c>.</summary>
    public const string ShutdownVpcRelay = "ShutdownVpcRelay";

    /// <summary><c>POST /v1/subnet</c>.</summary>
    public const string CreateSubnet = "CreateSubnet";

    /// <summary><c>GET /v1/subnet</c>.</summary>
    public const string ListSubnets = "ListSubnets";

    /// <summary><c>GET /v1/subnet/{subnetId}</c>.</summary>
    public const string GetSubnetDetail = "GetSubnetDetail";

    /// <summary><c>PUT /v1/subnet/{subnetId}?modifyAttribute</c>.</summary>
    public const string UpdateSubnet = "UpdateSubnet";

    /// <summary><c>DELETE /v1/subnet/{subnetId}</c>.</summary>
    public const string DeleteSubnet = "DeleteSubnet";

    /// <summary><c>POST /v1/subnet/ipreserve</c>.</summary>
    public const string CreateIpReserve = "CreateIpReserve";

    /// <summary><c>GET /v1/subnet/ipreserve</c>.</summary>
    public const string ListIpReserves = "ListIpReserves";

    /// <summary><c>DELETE /v1/subnet/ipreserve/{ipReserveId}</c>.</summary>
    public const string DeleteIpReserve = "DeleteIpReserve";

    /// <summary><c>POST /v1/sessionToken</c> (STS).</summary>
    public const string GetSessionToken = "GetSessionToken";

    /// <summary>Every name above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CreatePeerConn, ListPeerConn, GetPeerConnDetail, UpdatePeerConn, AcceptPeerConnApply, RejectPeerConnApply,
        DeletePeerConn, ResizePeerConn, RenewPeerConn, OpenPeerConnSyncDns, ClosePeerConnSyncDns, RefundPeerConn,
        UpdatePeerConnDeleteProtect, CreateVpc, ListVpcs, GetVpcDetail, UpdateVpc, DeleteVpc, GetPrivateIpAddressesInfo,
        CreateVpcDhcp, UpdateVpcDhcp, GetVpcDhcpInfo, OpenVpcRelay, ShutdownVpcRelay, CreateSubnet, ListSubnets,
        GetSubnetDetail, UpdateSubnet, DeleteSubnet, CreateIpReserve, ListIpReserves, DeleteIpReserve, GetSessionToken,
    ];
}
