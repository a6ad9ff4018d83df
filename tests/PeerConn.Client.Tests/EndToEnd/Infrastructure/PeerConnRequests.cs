using System.Security.Cryptography;
using Bce.Emulator;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Client.Tests.EndToEnd.Infrastructure;

/// <summary>Request builders for the generated client, and fresh VPC ids (the first account to use one owns it).</summary>
public static class PeerConnRequests
{
    /// <summary>The emulator's region; a connection to any other region is cross-region.</summary>
    public const string LocalRegion = EmulatorDefaults.Region;

    /// <summary>A region other than the emulator's, for Prepaid connections.</summary>
    public const string OtherRegion = "gz";

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A VPC id nobody has used yet.</summary>
    public static string NewVpcId() => "vpc-" + RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>Same account, same region, Postpaid.</summary>
    public static CreatePeerConnRequest SameAccount(string? localVpcId = null, string? peerVpcId = null, int bandwidth = 10) => new()
    {
        BandwidthInMbps = bandwidth,
        LocalVpcId = localVpcId ?? NewVpcId(),
        PeerVpcId = peerVpcId ?? NewVpcId(),
        PeerRegion = LocalRegion,
        Billing = Postpaid(),
    };

    /// <summary>From the primary account to the secondary one, same region, Postpaid.</summary>
    public static CreatePeerConnRequest CrossAccount(string? localVpcId = null, string? peerVpcId = null, int bandwidth = 10) => new()
    {
        BandwidthInMbps = bandwidth,
        LocalVpcId = localVpcId ?? NewVpcId(),
        PeerVpcId = peerVpcId ?? NewVpcId(),
        PeerRegion = LocalRegion,
        PeerAccountId = EmulatorDefaults.Secondary.AccountId,
        Billing = Postpaid(),
    };

    /// <summary>Prepaid for <paramref name="months"/> to another region; cross-account when <paramref name="peerAccountId"/> is set.</summary>
    public static CreatePeerConnRequest PrepaidCrossRegion(int months = 1, string? peerAccountId = null, int bandwidth = 10) => new()
    {
        BandwidthInMbps = bandwidth,
        LocalVpcId = NewVpcId(),
        PeerVpcId = NewVpcId(),
        PeerRegion = OtherRegion,
        PeerAccountId = peerAccountId,
        Billing = new Billing
        {
            PaymentTiming = PaymentTiming.Prepaid,
            Reservation = new Reservation { ReservationLength = months, ReservationTimeUnit = "Month" },
        },
    };

    /// <summary>Postpaid billing (what a same-region connection must use).</summary>
    public static Billing Postpaid() => new() { PaymentTiming = PaymentTiming.Postpaid };

    /// <summary>A renewal by <paramref name="months"/>.</summary>
    public static RenewPeerConnRequest Renew(string peerConnId, int months) => new()
    {
        PeerConnId = peerConnId,
        Billing = new RenewBilling { Reservation = new Reservation { ReservationLength = months, ReservationTimeUnit = "Month" } },
    };
}
