using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bce.Runtime.Pipeline;
using Bce.Runtime.Serialization;
using Bce.Vpc.PeerConnections;

namespace Bce.Benchmarks.Json;

/// <summary>
/// The inputs every JSON benchmark shares, built once from the generated models: a ListPeerConn page of 100 fully
/// populated peer connections (service-format timestamps, two tags each) and a fully populated CreatePeerConn body.
/// </summary>
public static class Payloads
{
    public const int PageSize = 100;

    /// <summary>The UTF-8 JSON of one ListPeerConn page, as the generated code writes it.</summary>
    public static byte[] ListPageJson { get; } = BceJson.Serialize(CreateListPage());

    /// <summary>The same page without createdTime and expiredTime, to show what parsing timestamps costs.</summary>
    public static byte[] ListPageWithoutTimestampsJson { get; } = BceJson.Serialize(CreateListPage(withTimestamps: false));

    /// <summary>One peer connection as the service answers GetPeerConnDetail.</summary>
    public static byte[] PeerConnJson { get; } = BceJson.Serialize(CreatePeerConn(7));

    public static PeerConn CreatePeerConn(int index, bool withTimestamps = true)
    {
        var id = index.ToString("D4", CultureInfo.InvariantCulture);
        return new PeerConn
        {
            PeerConnId = "peerconn-srbvvxm" + id,
            Role = index % 2 == 0 ? PeerConnRole.Initiator : PeerConnRole.Acceptor,
            Status = PeerConnStatus.Active,
            BandwidthInMbps = 10 + index,
            Description = "peering between the web and the db tier, number " + id,
            LocalIfId = "qpif-ken2yc9" + id,
            LocalIfName = "web-to-db-" + id,
            LocalVpcId = "vpc-a1b2c3" + id,
            LocalRegion = "bj",
            PeerVpcId = "vpc-d4e5f6" + id,
            PeerRegion = "gz",
            PeerAccountId = "a0c3e1b7f2d94c8e9b1a2f3c4d5e" + id,
            PaymentTiming = PaymentTiming.Prepaid,
            DnsStatus = DnsStatus.Open,
            CreatedTime = withTimestamps ? new BceTimestamp("2018-08-07 19:46:55") : null,
            ExpiredTime = withTimestamps ? new BceTimestamp("2019-08-07T19:46:55Z") : null,
            Tags = [new Tag { TagKey = "team", TagValue = "network" }, new Tag { TagKey = "env", TagValue = "prod-" + id }],
            DeleteProtect = index % 3 == 0,
        };
    }

    public static ListPeerConnResult CreateListPage(bool withTimestamps = true)
    {
        var items = new List<PeerConn>(PageSize);
        for (var i = 0; i < PageSize; i++)
        {
            items.Add(CreatePeerConn(i, withTimestamps));
        }

        return new ListPeerConnResult
        {
            PeerConns = items,
            Marker = "peerconn-srbvvxm0000",
            IsTruncated = true,
            NextMarker = "peerconn-srbvvxm0100",
            MaxKeys = PageSize,
        };
    }

    public static CreatePeerConnRequest CreateCreateRequest() => new()
    {
        BandwidthInMbps = 100,
        Description = "peering between the web and the db tier",
        LocalIfName = "web-to-db",
        LocalVpcId = "vpc-a1b2c3d4e5f6",
        PeerAccountId = "a0c3e1b7f2d94c8e9b1a2f3c4d5e6f70",
        PeerVpcId = "vpc-f6e5d4c3b2a1",
        PeerRegion = "gz",
        Billing = new Billing
        {
            PaymentTiming = PaymentTiming.Prepaid,
            Reservation = new Reservation { ReservationLength = 12, ReservationTimeUnit = "Month" },
        },
        Tags =
        [
            new Tag { TagKey = "team", TagValue = "network" },
            new Tag { TagKey = "env", TagValue = "prod" },
            new Tag { TagKey = "cost-center", TagValue = "cc-1042" },
        ],
        ResourceGroupId = "RESG-q1w2e3r4t5y6",
        DeleteProtect = true,
    };

    public static CreatePeerConnBodyPoco CreateCreateBodyPoco() => new()
    {
        BandwidthInMbps = 100,
        Description = "peering between the web and the db tier",
        LocalIfName = "web-to-db",
        LocalVpcId = "vpc-a1b2c3d4e5f6",
        PeerAccountId = "a0c3e1b7f2d94c8e9b1a2f3c4d5e6f70",
        PeerVpcId = "vpc-f6e5d4c3b2a1",
        PeerRegion = "gz",
        Billing = new BillingPoco
        {
            PaymentTiming = "Prepaid",
            Reservation = new ReservationPoco { ReservationLength = 12, ReservationTimeUnit = "Month" },
        },
        Tags =
        [
            new TagPoco { TagKey = "team", TagValue = "network" },
            new TagPoco { TagKey = "env", TagValue = "prod" },
            new TagPoco { TagKey = "cost-center", TagValue = "cc-1042" },
        ],
        ResourceGroupId = "RESG-q1w2e3r4t5y6",
        DeleteProtect = true,
    };

    /// <summary>
    /// The generated body as the client really produces it: <c>WriteBody</c> through <see cref="BceRequestMessage"/>,
    /// whose buffering (a per-thread writer, one exact-size array) is part of what is measured.
    /// </summary>
    public static ReadOnlyMemory<byte> WriteGeneratedBody(CreatePeerConnRequest request)
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/peerconn", "CreatePeerConn");
        message.SetJsonContent(request.WriteBody);
        return message.Content;
    }

    /// <summary>Fails the run when two contenders do not produce the same bytes: a ratio of unequal work means nothing.</summary>
    public static void CheckEquivalent(string what, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException(
                $"{what}: outputs differ.\nexpected: {System.Text.Encoding.UTF8.GetString(expected)}\nactual:   {System.Text.Encoding.UTF8.GetString(actual)}");
        }
    }
}
