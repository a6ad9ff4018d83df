using System.Globalization;
using System.Text.Json;
using Bce.Runtime;
using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Testing;
using Bce.Vpc.PeerConnections;

namespace PeerConn.AotSmoke;

/// <summary>The generated PeerConnClient against the loopback server (signatures re-verified): a read, an error answer, a write with a body, paging.</summary>
internal static class ClientCalls
{
    public static readonly BceCredentials Credentials = new("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

    private const string PeerConnId = "peerconn-smoke00001";

    private const string DetailJson =
        """{"peerConnId":"peerconn-smoke00001","role":"initiator","status":"active","bandwidthInMbps":10,"localVpcId":"vpc-a","peerVpcId":"vpc-b","paymentTiming":"Postpaid","dnsStatus":"close","createdTime":"2018-08-07 19:46:55","tags":[{"tagKey":"team","tagValue":"network"}]}""";

    public static PeerConnClient CreateClient(LoopbackServer server) => new(Credentials, new BceClientOptions
    {
        Endpoint = server.BaseUri,
        // The server answers deterministically: a failure should surface at once, not after back-off.
        Retry = { MaxRetries = 0 },
        AttemptTimeout = TimeSpan.FromSeconds(10),
    });

    public static IEnumerable<(string Name, Func<Task> Check)> Checks(PeerConnClient client, LoopbackServer server)
    {
        server.Otherwise((context, request) => LoopbackServer.Respond(context, ReceivedSignature.Mismatch(request, Credentials.AccessKeyId, Credentials.SecretAccessKey) is { } problem
            ? Answer(403, $$"""{"requestId":"stub-403","code":"SignatureDoesNotMatch","message":"{{problem}}"}""")
            : Decide(request)));
        yield return ("GetPeerConnDetail", () => GetDetailAsync(client, server));
        yield return ("GetPeerConnDetail of a missing connection is a BceServiceException", () => GetMissingAsync(client));
        yield return ("CreatePeerConn", () => CreateAsync(client, server));
        yield return ("ListAllPeerConns over two pages", () => ListAllAsync(client));
    }

    private static ScriptedAnswer Decide(RecordedRequest request) => (request.Method, request.RawPath) switch
    {
        ("GET", "/v1/peerconn/" + PeerConnId) => Answer(200, DetailJson, "\"etag-1\""),
        ("POST", "/v1/peerconn") => Answer(200, """{"peerConnId":"peerconn-created"}"""),
        ("GET", "/v1/peerconn") when Marker(request) is null =>
            Answer(200, """{"peerConns":[{"peerConnId":"peerconn-1"},{"peerConnId":"peerconn-2"}],"isTruncated":true,"nextMarker":"peerconn-3","maxKeys":2}"""),
        ("GET", "/v1/peerconn") when Marker(request) == "peerconn-3" =>
            Answer(200, """{"peerConns":[{"peerConnId":"peerconn-3"}],"marker":"peerconn-3","isTruncated":false,"maxKeys":2}"""),
        _ => Answer(404, """{"requestId":"stub-404","code":"NoSuchObject","message":"The resource does not exist."}"""),
    };

    private static ScriptedAnswer Answer(int status, string body, string? eTag = null)
    {
        var headers = new Dictionary<string, string> { ["x-bce-request-id"] = "stub-" + status.ToString(CultureInfo.InvariantCulture) };
        if (eTag is not null)
        {
            headers["ETag"] = eTag;
        }

        return new ScriptedAnswer(status, body, headers);
    }

    private static string? Marker(RecordedRequest request) =>
        request.Query.FirstOrDefault(pair => pair.Key == "marker").Value;

    private static async Task GetDetailAsync(PeerConnClient client, LoopbackServer server)
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
        var sent = server.Requests.Last();
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

    private static async Task CreateAsync(PeerConnClient client, LoopbackServer server)
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
        var sent = server.Requests.Last();
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
