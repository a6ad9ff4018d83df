namespace Bce.Benchmarks.Json;

// Hand-written equivalents of the generated models, as a developer would write them for System.Text.Json: the same
// properties in the same order, string for the service's extensible enums, and string for timestamps (System.Text.Json
// cannot parse the service's "2018-08-07 19:46:55" format; the generated reader parses it into BceTimestamp, which is
// work these classes do not do). Names come from the camelCase naming policy, nulls are left out when writing.

/// <summary>The hand-written twin of the generated <c>PeerConn</c>.</summary>
public sealed class PeerConnPoco
{
    public string? PeerConnId { get; set; }
    public string? Role { get; set; }
    public string? Status { get; set; }
    public int? BandwidthInMbps { get; set; }
    public string? Description { get; set; }
    public string? LocalIfId { get; set; }
    public string? LocalIfName { get; set; }
    public string? LocalVpcId { get; set; }
    public string? LocalRegion { get; set; }
    public string? PeerVpcId { get; set; }
    public string? PeerRegion { get; set; }
    public string? PeerAccountId { get; set; }
    public string? PaymentTiming { get; set; }
    public string? DnsStatus { get; set; }
    public string? CreatedTime { get; set; }
    public string? ExpiredTime { get; set; }
    public List<TagPoco>? Tags { get; set; }
    public bool? DeleteProtect { get; set; }
}

/// <summary>The hand-written twin of the generated <c>ListPeerConnResult</c>.</summary>
public sealed class ListPeerConnResultPoco
{
    public List<PeerConnPoco>? PeerConns { get; set; }
    public string? Marker { get; set; }
    public bool? IsTruncated { get; set; }
    public string? NextMarker { get; set; }
    public int? MaxKeys { get; set; }
}

/// <summary>The hand-written twin of the body the generated client writes for <c>CreatePeerConn</c>.</summary>
public sealed class CreatePeerConnBodyPoco
{
    public int BandwidthInMbps { get; set; }
    public string? Description { get; set; }
    public string? LocalIfName { get; set; }
    public string LocalVpcId { get; set; } = "";
    public string? PeerAccountId { get; set; }
    public string PeerVpcId { get; set; } = "";
    public string PeerRegion { get; set; } = "";
    public string? PeerIfName { get; set; }
    public BillingPoco Billing { get; set; } = new();
    public List<TagPoco>? Tags { get; set; }
    public string? ResourceGroupId { get; set; }
    public bool? DeleteProtect { get; set; }
}

/// <summary>The hand-written twin of the generated <c>Billing</c>.</summary>
public sealed class BillingPoco
{
    public string? PaymentTiming { get; set; }
    public ReservationPoco? Reservation { get; set; }
}

/// <summary>The hand-written twin of the generated <c>Reservation</c>.</summary>
public sealed class ReservationPoco
{
    public int ReservationLength { get; set; }
    public string? ReservationTimeUnit { get; set; }
}

/// <summary>The hand-written twin of the generated <c>Tag</c>.</summary>
public sealed class TagPoco
{
    public string? TagKey { get; set; }
    public string? TagValue { get; set; }
}
