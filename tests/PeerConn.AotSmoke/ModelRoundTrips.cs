using System.Buffers;
using System.Text;
using System.Text.Json;
using Bce.Runtime.Serialization;
using Bce.Vpc.PeerConnections;
using PeerConnModel = Bce.Vpc.PeerConnections.PeerConn;

namespace PeerConn.AotSmoke;

/// <summary>
/// Every generated model read from and written back to JSON through BceJson (the bytes must come back unchanged), and
/// every generated request body written and read back with <see cref="JsonDocument"/>.
/// </summary>
internal static class ModelRoundTrips
{
    public static IEnumerable<(string Name, Action Check)> Checks()
    {
        yield return ("PeerConn", () => RoundTrip<PeerConnModel>(
            """{"peerConnId":"peerconn-srbvvxmjn7ux","role":"initiator","status":"active","bandwidthInMbps":10,"description":"测试","localIfId":"qpif-ken2yc9j8x56","localIfName":"l","localVpcId":"vpc-a","localRegion":"bj","peerVpcId":"vpc-b","peerRegion":"gz","peerAccountId":"acc","paymentTiming":"Prepaid","dnsStatus":"open","createdTime":"2018-08-07 19:46:55","expiredTime":"2019-08-07T19:46:55Z","tags":[{"tagKey":"k","tagValue":"v"}],"deleteProtect":true}"""));
        yield return (nameof(CreatePeerConnResult), () => RoundTrip<CreatePeerConnResult>("""{"peerConnId":"peerconn-srbvvxmjn7ux"}"""));
        yield return (nameof(ListPeerConnResult), () => RoundTrip<ListPeerConnResult>(
            """{"peerConns":[{"peerConnId":"peerconn-1","status":"consulting"},{"peerConnId":"peerconn-2"}],"marker":"m","isTruncated":true,"nextMarker":"n","maxKeys":2}"""));
        yield return (nameof(Billing), () => RoundTrip<Billing>("""{"paymentTiming":"Postpaid","reservation":{"reservationLength":1,"reservationTimeUnit":"Month"}}"""));
        yield return (nameof(RenewBilling), () => RoundTrip<RenewBilling>("""{"reservation":{"reservationLength":12,"reservationTimeUnit":"month"}}"""));
        yield return (nameof(Reservation), () => RoundTrip<Reservation>("""{"reservationLength":3,"reservationTimeUnit":"Month"}"""));
        yield return (nameof(Tag), () => RoundTrip<Tag>("""{"tagKey":"team","tagValue":"network"}"""));
        yield return ("values read from service JSON", ValuesAreRead);
        yield return ("request bodies", RequestBodiesAreWritten);
    }

    private static void RoundTrip<T>(string json) where T : IBceJsonModel<T>
    {
        var model = BceJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));
        SmokeAssert.Equal(json, Encoding.UTF8.GetString(BceJson.Serialize(model)), typeof(T).Name + " written back");
    }

    private static void ValuesAreRead()
    {
        var peerConn = BceJson.Deserialize<PeerConnModel>(
            """{"peerConnId":"p","status":"ACTIVE","bandwithInMbp":"20","createdTime":"2018-08-07 19:46:55","unknown":{"a":[1]}}"""u8);
        SmokeAssert.Equal(PeerConnStatus.Active, peerConn.Status, "status (case-insensitive)");
        SmokeAssert.Equal(20, peerConn.BandwidthInMbps, "bandwidth under its documented alias, as a numeric string");
        SmokeAssert.Equal(new DateTimeOffset(2018, 8, 7, 19, 46, 55, TimeSpan.Zero), peerConn.CreatedTime?.Value, "createdTime");
    }

    private static void RequestBodiesAreWritten()
    {
        var create = new CreatePeerConnRequest
        {
            BandwidthInMbps = 10,
            LocalVpcId = "vpc-a",
            PeerVpcId = "vpc-b",
            PeerRegion = "bj",
            Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
            Tags = [new Tag { TagKey = "team", TagValue = "network" }],
        };
        using (var body = Write(create.WriteBody))
        {
            SmokeAssert.Equal(10, body.RootElement.GetProperty("bandwidthInMbps").GetInt32(), "create: bandwidthInMbps");
            SmokeAssert.Equal("Postpaid", body.RootElement.GetProperty("billing").GetProperty("paymentTiming").GetString(), "create: billing");
            SmokeAssert.Equal("team", body.RootElement.GetProperty("tags")[0].GetProperty("tagKey").GetString(), "create: tags");
        }

        using (var body = Write(new UpdatePeerConnRequest { PeerConnId = "p", LocalIfId = "qpif-1", Description = "d" }.WriteBody))
        {
            SmokeAssert.Equal("qpif-1", body.RootElement.GetProperty("localIfId").GetString(), "update: localIfId");
        }

        using (var body = Write(new ResizePeerConnRequest { PeerConnId = "p", NewBandwidthInMbps = 50 }.WriteBody))
        {
            SmokeAssert.Equal(50, body.RootElement.GetProperty("newBandwidthInMbps").GetInt32(), "resize: newBandwidthInMbps");
        }

        var renew = new RenewPeerConnRequest
        {
            PeerConnId = "p",
            Billing = new RenewBilling { Reservation = new Reservation { ReservationLength = 2, ReservationTimeUnit = "Month" } },
        };
        using (var body = Write(renew.WriteBody))
        {
            SmokeAssert.Equal(2, body.RootElement.GetProperty("billing").GetProperty("reservation").GetProperty("reservationLength").GetInt32(), "renew: reservationLength");
        }
    }

    private static JsonDocument Write(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writeBody(writer);
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
