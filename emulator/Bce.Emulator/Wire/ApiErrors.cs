namespace Bce.Emulator.Wire;

/// <summary>
/// One factory per failure situation, so the status/code pairing of wire-contract §4 and §9 lives in one table.
/// </summary>
internal static class ApiErrors
{
    // Request shape.
    public static BceApiException MalformedJson(string message) => new(400, BceErrorCodes.MalformedJson, message);
    public static BceApiException InappropriateJson(string message) => new(400, BceErrorCodes.InappropriateJson, message);
    public static BceApiException InvalidHttpRequest(string message) => new(400, BceErrorCodes.InvalidHttpRequest, message);
    public static BceApiException UnknownRoute(string method, string path) =>
        new(404, BceErrorCodes.InvalidUri, $"No operation is served at {method} {path}.");
    public static BceApiException InvalidVersion(string path) =>
        new(404, BceErrorCodes.InvalidVersion, $"The API version in {path} is not served; use /v1.");
    public static BceApiException NotImplemented(string what) =>
        new(501, BceErrorCodes.NotImplemented, $"{what} is not emulated.");

    // Authentication (wire contract §5, §6, §9).
    public static BceApiException InvalidHttpAuthHeader(string message) => new(400, BceErrorCodes.InvalidHttpAuthHeader, message);
    public static BceApiException InvalidAccessKeyId(string accessKeyId) =>
        new(403, BceErrorCodes.InvalidAccessKeyId, $"The access key id {accessKeyId} does not exist.");
    public static BceApiException SignatureDoesNotMatch(string canonicalRequest) =>
        new(400, BceErrorCodes.SignatureDoesNotMatch,
            "The request signature does not match the signature the emulator calculated. Canonical request: "
            + canonicalRequest.Replace("\n", "\\n", StringComparison.Ordinal));
    public static BceApiException RequestExpired(string timestamp) =>
        new(400, BceErrorCodes.RequestExpired, $"Request has expired. Timestamp date is {timestamp}.");
    public static BceApiException InvalidSessionToken(string message) => new(403, BceErrorCodes.InvalidSessionToken, message);
    public static BceApiException AccessDenied(string message) => new(403, BceErrorCodes.AccessDenied, message);

    // Conditional requests and idempotency.
    public static BceApiException PreconditionFailed(string resource = "peer connection") =>
        new(412, BceErrorCodes.PreconditionFailed, $"The If-Match ETag does not match the current ETag of the {resource}.");
    public static BceApiException IdempotentParameterMismatch(string clientToken) =>
        new(403, BceErrorCodes.IdempotentParameterMismatch,
            $"The clientToken {clientToken} was already used with a different request.");

    // Resources.
    public static BceApiException NoSuchObject(string peerConnId) =>
        new(404, BceErrorCodes.NoSuchObject, $"The peer connection {peerConnId} does not exist.");
    public static BceApiException NoSuchVpc(string vpcId) =>
        new(404, BceErrorCodes.NoSuchObject, $"The VPC {vpcId} does not exist.");
    public static BceApiException NoSuchSubnet(string subnetId) =>
        new(404, BceErrorCodes.NoSuchObject, $"The subnet {subnetId} does not exist.");
    public static BceApiException NoSuchIpReserve(string ipReserveId) =>
        new(404, BceErrorCodes.NoSuchObject, $"The reserved CIDR {ipReserveId} does not exist.");

    // PeerConn business rules (wire contract §9).
    public static BceApiException SameVpc() =>
        new(400, BceErrorCodes.SameVpc, "The local VPC and the peer VPC must differ.");
    public static BceApiException VpcPairExists(string existingId) =>
        new(409, BceErrorCodes.VpcPairExists, $"The peer connection {existingId} already links these two VPCs.");
    public static BceApiException SameRegionPrepaidUnsupported() =>
        new(400, BceErrorCodes.SameRegionPrepaidUnsupported, "A same-region peer connection must be Postpaid.");
    public static BceApiException InvalidParameter(string message) => new(400, BceErrorCodes.InvalidParameter, message);
    public static BceApiException NotCrossAccount() =>
        new(400, BceErrorCodes.NotCrossAccount, "Only a cross-account peer connection can be accepted or rejected.");
    public static BceApiException StatusConflict(string message) => new(409, BceErrorCodes.StatusConflict, message);
    public static BceApiException NotInitiator(string action) =>
        new(403, BceErrorCodes.NotInitiator, $"Only the initiator may {action} a cross-account peer connection.");
    public static BceApiException PrepaidNotExpired() =>
        new(400, BceErrorCodes.PrepaidNotExpired, "An active Prepaid peer connection cannot be deleted before it expires.");
    public static BceApiException DeleteProtected() =>
        new(400, BceErrorCodes.DeleteProtected, "The peer connection is delete-protected.");
    public static BceApiException PrepaidDownsizeUnsupported() =>
        new(400, BceErrorCodes.PrepaidDownsizeUnsupported, "The bandwidth of a Prepaid peer connection can only go up.");
    public static BceApiException PostpaidRenewUnsupported() =>
        new(400, BceErrorCodes.PostpaidRenewUnsupported, "A Postpaid peer connection cannot be renewed.");
    public static BceApiException DnsStatusConflict(string message) => new(409, BceErrorCodes.DnsStatusConflict, message);
    public static BceApiException QuotaExceeded(string vpcId, int quota) =>
        new(400, BceErrorCodes.QuotaExceeded, $"The VPC {vpcId} already has {quota} peer connections.");

    // Refund rules where §9 is silent (emulator/README.md, "Decisions").
    public static BceApiException PostpaidRefundUnsupported() =>
        new(400, BceErrorCodes.PostpaidRefundUnsupported, "A Postpaid peer connection cannot be refunded; release it with DeletePeerConn.");
    public static BceApiException CrossBorderRefundUnsupported(string localRegion, string peerRegion) =>
        new(400, BceErrorCodes.CrossBorderRefundUnsupported,
            $"A peer connection across the mainland border ({localRegion} to {peerRegion}) cannot be refunded.");

    // VPC, subnet and reserved-CIDR rules (emulator/README.md, "VPCs and subnets").
    public static BceApiException InvalidCidr(string message) => new(400, BceErrorCodes.VpcInvalidCidr, message);
    public static BceApiException CidrConflict(string message) => new(409, BceErrorCodes.VpcCidrConflict, message);
    public static BceApiException InUse(string message) => new(409, BceErrorCodes.VpcInUse, message);
    public static BceApiException VpcInvalidParameter(string message) => new(400, BceErrorCodes.VpcInvalidParameter, message);
    public static BceApiException DhcpOptionsExist(string vpcId) =>
        new(409, BceErrorCodes.VpcDhcpOptionsExist, $"The VPC {vpcId} already has DHCP options; change them with UpdateVpcDhcp.");
}
