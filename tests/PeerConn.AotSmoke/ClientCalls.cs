using System.Text.Json;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;

namespace PeerConn.AotSmoke;

/// <summary>The generated PeerConnClient against the loopback stub: a read, an error answer, a write with a body, paging.</summary>
internal static class ClientCalls
{
    public static readonly BceCredentials Credentials = new("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

    private const string PeerConnId = "peerconn-smoke00001";

    private const string DetailJson =
        """{"peerConnId":"peerconn-smoke00001","role":"initiator","status":"active","bandwidthInMbps":10,"localVpcId":"vpc-a","peerVpcId":"vpc-b","paymentTiming":"Postpaid","dnsStatus":"close","createdTime":"2018-08-07 19:46:55","tags":[{"tagKey":"team","tagValue":"network"}]}""";

    public static PeerConnClient CreateClient(LoopbackStub stub) => new(Credentials, new BceClientOptions
    {
        Endpoint = stub.BaseAddress,
        // The stub answers deterministically: a failure should surface at once, not after back-off.
        Retry = { MaxRetries = 0 },
        AttemptTimeout = TimeSpan.FromSeconds(10),
    });

    public static IEnumerable<(string Name, Func<Task> Check)> Checks(PeerConnClient client, LoopbackStub stub)
    {
        stub.Answer = Answer;
        yield return ("GetPeerConnDetail", () => GetDetailAsync(client, stub));
        yield return ("GetPeerConnDetail of a missing connection is a BceServiceException", () => GetMissingAsync(client));
        yield return ("CreatePeerConn", () => CreateAsync(client, stub));
        yield return ("ListAllPeerConns over two pages", () => ListAllAsync(client));
    }

    private static StubAnswer Answer(StubRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/v1/peerconn/" + PeerConnId) => new(200, DetailJson, "\"etag-1\""),
        ("POST", "/v1/peerconn") => new(200, """{"peerConnId":"peerconn-created"}"""),
        ("GET", "/v1/peerconn") when Marker(request) is null =>
            new(200, """{"peerConns":[{"peerConnId":"peerconn-1"},{"peerConnId":"peerconn-2"}],"isTruncated":true,"nextMarker":"peerconn-3","maxKeys":2}"""),
        ("GET", "/v1/peerconn") when Marker(request) == "peerconn-3" =>
            new(200, """{"peerConns":[{"peerConnId":"peerconn-3"}],"marker":"peerconn-3","isTruncated":false,"maxKeys":2}"""),
        _ => LoopbackStub.NotFound(),
    };

    private static string? Marker(StubRequest request) =>
        request.Query.FirstOrDefault(pair => pair.Key == "marker").Value;

    private static async Task GetDetailAsync(PeerConnClient client, LoopbackStub stub)
    {
        var response = await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = PeerConnId, Role = PeerConnRole.Initiator });

        var peerConn = response.Value;
        SmokeAssert.Equal(PeerConnId, peerConn.PeerConnId, "peerConnId");
        SmokeAssert.Equal(PeerConnStatus.Active, peerConn.Status, "status");
        SmokeAssert.Equal(10, peerConn.BandwidthInMbps, "bandwidthInMbps");
        SmokeAssert.Equal(new DateTimeOffset(2018, 8, 7, 19, 46, 55, TimeSpan.Zero), peerConn.CreatedTime?.Value, "createdTime");
        SmokeAssert.Equal("network", peerConn.Tags?[0].TagValue, "tags");
        SmokeAssert.Equal("stub-200", response.RequestId, "request id");
        SmokeAssert.True(response.ETag?.Contains("etag-1", StringComparison.Ordinal) == true, $"ETag: got <{response.ETag}>");
        var sent = stub.Requests.Last();
        SmokeAssert.Equal("initiator", sent.Query.Single(pair => pair.Key == "role").Value, "role query parameter");
    }

    private static async Task GetMissingAsync(PeerConnClient client)
    {
        try
        {
            await client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = "peerconn-missing" });
        }
        catch (BceServiceException exception)
        {
            SmokeAssert.Equal(404, exception.StatusCode, "status");
            SmokeAssert.Equal(PeerConnErrorCodes.NoSuchObject, exception.ErrorCode, "error code");
            SmokeAssert.Equal("stub-404", exception.RequestId, "request id");
            return;
        }

        throw new InvalidOperationException("No BceServiceException for a missing connection.");
    }

    private static async Task CreateAsync(PeerConnClient client, LoopbackStub stub)
    {
        var response = await client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            BandwidthInMbps = 10,
            LocalVpcId = "vpc-a",
            PeerVpcId = "vpc-b",
            PeerRegion = "bj",
            Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
        });

        SmokeAssert.Equal("peerconn-created", response.Value.PeerConnId, "peerConnId");
        var sent = stub.Requests.Last();
        SmokeAssert.True(response.ClientToken is { Length: > 0 }, "no clientToken on the response");
        SmokeAssert.Equal(response.ClientToken, sent.Query.Single(pair => pair.Key == "clientToken").Value, "clientToken sent");
        using var body = JsonDocument.Parse(sent.Body);
        SmokeAssert.Equal("vpc-a", body.RootElement.GetProperty("localVpcId").GetString(), "localVpcId in the body");
    }

    private static async Task ListAllAsync(PeerConnClient client)
    {
        var ids = new List<string?>();
        await foreach (var peerConn in client.ListAllPeerConnsAsync())
        {
            ids.Add(peerConn.PeerConnId);
        }

        SmokeAssert.Equal("peerconn-1,peerconn-2,peerconn-3", string.Join(',', ids), "ids over both pages");
    }
}
