using System.Text;
using Bce.Runtime.Serialization;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Client.Tests.Serialization;

/// <summary>Every generated model survives JSON → model → JSON, and reads what the service really sends.</summary>
public sealed class ModelRoundTripTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        {
            nameof(Bce.Vpc.PeerConnections.PeerConn),
            """{"peerConnId":"peerconn-srbvvxmjn7ux","role":"initiator","status":"active","bandwidthInMbps":10,"description":"d","localIfId":"qpif-ken2yc9j8x56","localIfName":"l","localVpcId":"vpc-a","localRegion":"bj","peerVpcId":"vpc-b","peerRegion":"gz","peerAccountId":"acc","paymentTiming":"Prepaid","dnsStatus":"open","createdTime":"2018-08-07 19:46:55","expiredTime":"2019-08-07T19:46:55Z","tags":[{"tagKey":"k","tagValue":"v"}],"deleteProtect":true}"""
        },
        { nameof(CreatePeerConnResult), """{"peerConnId":"peerconn-srbvvxmjn7ux"}""" },
        {
            nameof(ListPeerConnResult),
            """{"peerConns":[{"peerConnId":"peerconn-1"},{"peerConnId":"peerconn-2"}],"marker":"m","isTruncated":true,"nextMarker":"n","maxKeys":2}"""
        },
        { nameof(Billing), """{"paymentTiming":"Postpaid","reservation":{"reservationLength":1,"reservationTimeUnit":"Month"}}""" },
        { nameof(RenewBilling), """{"reservation":{"reservationLength":12,"reservationTimeUnit":"month"}}""" },
        { nameof(Reservation), """{"reservationLength":3,"reservationTimeUnit":"Month"}""" },
        { nameof(Tag), """{"tagKey":"team","tagValue":"network"}""" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Model_round_trips_through_its_serializer(string model, string json)
    {
        var written = model switch
        {
            nameof(Bce.Vpc.PeerConnections.PeerConn) => RoundTrip<Bce.Vpc.PeerConnections.PeerConn>(json),
            nameof(CreatePeerConnResult) => RoundTrip<CreatePeerConnResult>(json),
            nameof(ListPeerConnResult) => RoundTrip<ListPeerConnResult>(json),
            nameof(Billing) => RoundTrip<Billing>(json),
            nameof(RenewBilling) => RoundTrip<RenewBilling>(json),
            nameof(Reservation) => RoundTrip<Reservation>(json),
            nameof(Tag) => RoundTrip<Tag>(json),
            _ => throw new ArgumentOutOfRangeException(nameof(model)),
        };

        Assert.Equal(json, written);
    }

    [Fact]
    public void Unknown_properties_are_ignored_and_missing_optional_ones_stay_null()
    {
        var json = """{"future":{"nested":[1,2,{"x":null}]},"peerConnId":"peerconn-1","another":"x"}"""u8;

        var peerConn = BceJson.Deserialize<Bce.Vpc.PeerConnections.PeerConn>(json);

        Assert.Equal("peerconn-1", peerConn.PeerConnId);
        Assert.Null(peerConn.Status);
        Assert.Null(peerConn.BandwidthInMbps);
        Assert.Null(peerConn.Tags);
    }

    [Fact]
    public void Documented_bandwidth_typo_is_read_as_bandwidth()
    {
        var peerConn = BceJson.Deserialize<Bce.Vpc.PeerConnections.PeerConn>("""{"peerConnId":"p","bandwithInMbp":20}"""u8);

        Assert.Equal(20, peerConn.BandwidthInMbps);
    }

    [Fact]
    public void Enum_values_the_client_does_not_know_survive_a_round_trip()
    {
        var peerConn = BceJson.Deserialize<Bce.Vpc.PeerConnections.PeerConn>("""{"status":"migrating","role":"INITIATOR"}"""u8);

        Assert.False(peerConn.Status!.Value.IsKnown);
        Assert.Equal("migrating", peerConn.Status.Value.ToString());
        Assert.Equal(PeerConnRole.Initiator, peerConn.Role);
        Assert.Contains("\"status\":\"migrating\"", Encoding.UTF8.GetString(BceJson.Serialize(peerConn)));
    }

    [Fact]
    public void Created_time_in_the_service_format_parses_as_utc_and_keeps_its_text()
    {
        var peerConn = BceJson.Deserialize<Bce.Vpc.PeerConnections.PeerConn>("""{"createdTime":"2018-08-07 19:46:55","expiredTime":null}"""u8);

        Assert.Equal(new DateTimeOffset(2018, 8, 7, 19, 46, 55, TimeSpan.Zero), peerConn.CreatedTime!.Value.Value);
        Assert.Equal("2018-08-07 19:46:55", peerConn.CreatedTime.Value.Raw);
        Assert.Null(peerConn.ExpiredTime);
    }

    private static string RoundTrip<T>(string json)
        where T : IBceJsonModel<T>
    {
        var model = BceJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));
        return Encoding.UTF8.GetString(BceJson.Serialize(model));
    }
}
