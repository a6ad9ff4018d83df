namespace Bce.Emulator.Wire;

/// <summary>
/// The error codes the emulator answers with: the common BCE codes (wire contract §4), PeerConn's (§9), and the VPC
/// family's, which the public record does not give and the emulator chose (emulator/README.md, "VPCs and subnets").
/// </summary>
internal static class BceErrorCodes
{
    public const string AccessDenied = "AccessDenied";
    public const string InappropriateJson = "InappropriateJSON";
    public const string InternalError = "InternalError";
    public const string InvalidAccessKeyId = "InvalidAccessKeyId";
    public const string InvalidHttpAuthHeader = "InvalidHTTPAuthHeader";
    public const string InvalidHttpRequest = "InvalidHTTPRequest";
    public const string InvalidUri = "InvalidURI";
    public const string InvalidVersion = "InvalidVersion";
    public const string MalformedJson = "MalformedJSON";
    public const string PreconditionFailed = "PreconditionFailed";
    public const string RequestExpired = "RequestExpired";
    public const string IdempotentParameterMismatch = "IdempotentParameterMismatch";
    public const string SignatureDoesNotMatch = "SignatureDoesNotMatch";
    public const string InvalidSessionToken = "InvalidSessionToken";
    public const string NoSuchObject = "NoSuchObject";
    public const string Http400 = "Http400";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string NotImplemented = "NotImplemented";

    public const string SameVpc = "PeerConn.SameVpc";
    public const string VpcPairExists = "PeerConn.VpcPairExists";
    public const string SameRegionPrepaidUnsupported = "PeerConn.SameRegionPrepaidUnsupported";
    public const string InvalidParameter = "PeerConn.InvalidParameter";
    public const string NotCrossAccount = "PeerConn.NotCrossAccount";
    public const string StatusConflict = "PeerConn.StatusConflict";
    public const string NotInitiator = "PeerConn.NotInitiator";
    public const string PrepaidNotExpired = "PeerConn.PrepaidNotExpired";
    public const string DeleteProtected = "PeerConn.DeleteProtected";
    public const string PrepaidDownsizeUnsupported = "PeerConn.PrepaidDownsizeUnsupported";
    public const string PostpaidRenewUnsupported = "PeerConn.PostpaidRenewUnsupported";
    public const string DnsStatusConflict = "PeerConn.DnsStatusConflict";
    public const string QuotaExceeded = "PeerConn.QuotaExceeded";
    public const string PostpaidRefundUnsupported = "PeerConn.PostpaidRefundUnsupported";
    public const string CrossBorderRefundUnsupported = "PeerConn.CrossBorderRefundUnsupported";

    public const string VpcInvalidCidr = "Vpc.InvalidCidr";
    public const string VpcCidrConflict = "Vpc.CidrConflict";
    public const string VpcInUse = "Vpc.InUse";
    public const string VpcInvalidParameter = "Vpc.InvalidParameter";
    public const string VpcDhcpOptionsExist = "Vpc.DhcpOptionsExist";
}
