using System.Text.RegularExpressions;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;

using Bce.Testing;

namespace PeerConn.Client.Tests.Wire;

/// <summary>
/// Each operation of the generated client puts on the wire exactly what the wire contract says: method, path, query
/// (bare action flags, clientToken), JSON body, and a bce-auth-v1 Authorization over the headers it sends.
/// </summary>
public sealed partial class OperationWireTests : WireTest
{
    private const string Token = "be31b98c-5e41-4838-9830-9be700de5a20";
    private const string Id = "peerconn-9td54fmx143e";
    [Fact]
    public async Task Create_posts_compact_json_with_theClient_token_in_the_query()
    {
        Server.Then(new ScriptedAnswer(200, """{"peerConnId":"peerconn-new"}"""));

        var response = await Client.CreatePeerConnAsync(new CreatePeerConnRequest
        {
            BandwidthInMbps = 10,
            Description = "test peer conn",
            LocalIfName = "local-interface",
            LocalVpcId = "vpc-13vuxu016dew",
            PeerVpcId = "vpc-jcvmhw9h1a35",
            PeerRegion = "bj",
            Billing = new Billing { PaymentTiming = PaymentTiming.Postpaid },
            Tags = [new Tag { TagKey = "k", TagValue = "v" }],
            ClientToken = Token,
        });

        var request = Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/peerconn", request.RawPath);
        Assert.Equal($"?clientToken={Token}", request.QueryString);
        Assert.Equal(
            """{"bandwidthInMbps":10,"description":"test peer conn","localIfName":"local-interface","localVpcId":"vpc-13vuxu016dew","peerVpcId":"vpc-jcvmhw9h1a35","peerRegion":"bj","billing":{"paymentTiming":"Postpaid"},"tags":[{"tagKey":"k","tagValue":"v"}]}""",
            request.BodyText);
        Assert.Equal("application/json; charset=utf-8", request.Headers["content-type"]);
        Assert.Equal(request.BodyText.Length.ToString(), request.Headers["content-length"]);
        AssertSigned(request, "content-length", "content-type", "host", "x-bce-date");
        Assert.Equal("peerconn-new", response.Value.PeerConnId);
        Assert.Equal(Token, response.ClientToken);
        Assert.NotNull(response.RequestId);
    }

    [Fact]
    public async Task Create_without_a_token_gets_a_generated_one()
    {
        Server.Then(new ScriptedAnswer(200, """{"peerConnId":"peerconn-new"}"""));

        var response = await Client.CreatePeerConnAsync(NewCreateRequest());

        var query = Single().QueryString;
        Assert.Matches("^\\?clientToken=[0-9a-f-]{36}$", query);
        Assert.Equal(query["?clientToken=".Length..], response.ClientToken);
    }

    [Fact]
    public async Task List_sends_filters_and_page_size_and_no_body()
    {
        Server.Then(new ScriptedAnswer(200, """{"peerConns":[{"peerConnId":"peerconn-1"}],"marker":"m","isTruncated":false,"maxKeys":5}"""));

        var response = await Client.ListPeerConnAsync(new ListPeerConnRequest { VpcId = "vpc-13vuxu016dew", Marker = "peerconn-0", MaxKeys = 5 });

        var request = Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/peerconn", request.RawPath);
        Assert.Equal("?vpcId=vpc-13vuxu016dew&marker=peerconn-0&maxKeys=5", request.QueryString);
        Assert.Equal(string.Empty, request.BodyText);
        Assert.False(request.Headers.ContainsKey("content-length") && request.Headers["content-length"] != "0");
        AssertSigned(request, "host", "x-bce-date");
        Assert.Equal("peerconn-1", Assert.Single(response.Value.PeerConns!).PeerConnId);
    }

    [Fact]
    public async Task Get_detail_sends_the_role_and_returns_the_etag()
    {
        Server.Then(new ScriptedAnswer(200, $$"""{"peerConnId":"{{Id}}","role":"acceptor","status":"active"}""", new Dictionary<string, string> { ["ETag"] = "\"v7\"" }));

        var response = await Client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = Id, Role = PeerConnRole.Acceptor });

        var request = Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v1/peerconn/{Id}", request.RawPath);
        Assert.Equal("?role=acceptor", request.QueryString);
        Assert.Equal("\"v7\"", response.ETag);
        Assert.Equal(PeerConnStatus.Active, response.Value.Status);
        Assert.Equal(PeerConnRole.Acceptor, response.Value.Role);
    }

    [Fact]
    public async Task Get_detail_answered_with_an_empty_body_is_a_typed_not_found()
    {
        var error = await Assert.ThrowsAsync<BceServiceException>(() =>
            Client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = Id }));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(PeerConnErrorCodes.NoSuchObject, error.ErrorCode);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task Update_puts_the_body_and_an_if_match()
    {
        await Client.UpdatePeerConnAsync(new UpdatePeerConnRequest
        {
            PeerConnId = Id, LocalIfId = "qpif-ken2yc9j8x56", Description = "new", ClientToken = Token, IfMatch = "\"v7\"",
        });

        var request = Single();
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v1/peerconn/{Id}", request.RawPath);
        Assert.Equal($"?clientToken={Token}", request.QueryString);
        Assert.Equal("""{"localIfId":"qpif-ken2yc9j8x56","description":"new"}""", request.BodyText);
        Assert.Equal("\"v7\"", request.Headers["if-match"]);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public async Task Accept_and_reject_send_a_bare_flag_and_no_body(string action)
    {
        var request = new AcceptPeerConnApplyRequest { PeerConnId = Id, ClientToken = Token };
        var task = action == "accept"
            ? Client.AcceptPeerConnApplyAsync(request)
            : Client.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = Id, ClientToken = Token });
        await task;

        var recorded = Single();
        Assert.Equal("PUT", recorded.Method);
        Assert.Equal($"/v1/peerconn/{Id}", recorded.RawPath);
        Assert.Equal($"?{action}&clientToken={Token}", recorded.QueryString);
        Assert.Equal(string.Empty, recorded.BodyText);
    }

    [Fact]
    public async Task Delete_sends_the_token_and_no_body()
    {
        await Client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = Id, ClientToken = Token });

        var request = Single();
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v1/peerconn/{Id}", request.RawPath);
        Assert.Equal($"?clientToken={Token}", request.QueryString);
        Assert.Equal(string.Empty, request.BodyText);
    }

    [Fact]
    public async Task Resize_sends_the_new_bandwidth()
    {
        await Client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = Id, NewBandwidthInMbps = 20, ClientToken = Token });

        var request = Single();
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"?resize&clientToken={Token}", request.QueryString);
        Assert.Equal("""{"newBandwidthInMbps":20}""", request.BodyText);
    }

    [Fact]
    public async Task Renew_sends_the_reservation_under_purchase_reserved()
    {
        await Client.RenewPeerConnAsync(new RenewPeerConnRequest
        {
            PeerConnId = Id,
            Billing = new RenewBilling { Reservation = new Reservation { ReservationLength = 1, ReservationTimeUnit = "Month" } },
            ClientToken = Token,
        });

        var request = Single();
        Assert.Equal($"?purchaseReserved&clientToken={Token}", request.QueryString);
        Assert.Equal("""{"billing":{"reservation":{"reservationLength":1,"reservationTimeUnit":"Month"}}}""", request.BodyText);
    }

    [Fact]
    public async Task Open_and_close_dns_sync_send_the_role_in_the_query_and_no_body()
    {
        await Client.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = Id, Role = PeerConnRole.Initiator, ClientToken = Token });
        await Client.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = Id, Role = PeerConnRole.Acceptor, ClientToken = Token });

        var (open, close) = (Server.Requests[0], Server.Requests[1]);
        Assert.Equal($"?open&role=initiator&clientToken={Token}", open.QueryString);
        Assert.Equal($"?close&role=acceptor&clientToken={Token}", close.QueryString);
        Assert.Equal(string.Empty, open.BodyText);
        Assert.Equal(string.Empty, close.BodyText);
    }

    [Fact]
    public async Task Refund_sends_a_bare_flag_the_token_and_no_body()
    {
        var response = await Client.RefundPeerConnAsync(new RefundPeerConnRequest { PeerConnId = Id, ClientToken = Token });

        var request = Single();
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v1/peerconn/{Id}", request.RawPath);
        Assert.Equal($"?refund&clientToken={Token}", request.QueryString);
        Assert.Equal(string.Empty, request.BodyText);
        Assert.Equal("0", request.Headers["content-length"]);
        Assert.Equal("application/json; charset=utf-8", request.Headers["content-type"]);
        AssertSigned(request, "content-length", "content-type", "host", "x-bce-date");
        Assert.Equal(200, response.Status);
        Assert.Equal(Token, response.ClientToken);
    }

    [Theory]
    [InlineData(true, """{"deleteProtect":true}""")]
    [InlineData(false, """{"deleteProtect":false}""")]
    public async Task Update_delete_protect_puts_the_flag_under_its_own_path_even_when_false(bool deleteProtect, string body)
    {
        await Client.UpdatePeerConnDeleteProtectAsync(new UpdatePeerConnDeleteProtectRequest
        {
            PeerConnId = Id, DeleteProtect = deleteProtect, ClientToken = Token,
        });

        var request = Single();
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v1/peerconn/{Id}/deleteProtect", request.RawPath);
        Assert.Equal($"?clientToken={Token}", request.QueryString);
        Assert.Equal(body, request.BodyText);
        Assert.Equal("application/json; charset=utf-8", request.Headers["content-type"]);
        Assert.Equal(body.Length.ToString(), request.Headers["content-length"]);
        AssertSigned(request, "content-length", "content-type", "host", "x-bce-date");
    }

    [Fact]
    public async Task Refund_and_delete_protect_shorthands_send_what_the_request_objects_send_with_a_fresh_token_each()
    {
        var refunded = await Client.RefundPeerConnAsync(Id);
        var unprotected = await Client.UpdatePeerConnDeleteProtectAsync(Id, false);

        var requests = Server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(("PUT", $"/v1/peerconn/{Id}", $"?refund&clientToken={refunded.ClientToken}", string.Empty),
            (requests[0].Method, requests[0].RawPath, requests[0].QueryString, requests[0].BodyText));
        Assert.Equal(("PUT", $"/v1/peerconn/{Id}/deleteProtect", $"?clientToken={unprotected.ClientToken}", """{"deleteProtect":false}"""),
            (requests[1].Method, requests[1].RawPath, requests[1].QueryString, requests[1].BodyText));
        Assert.Matches("^[0-9a-f-]{36}$", refunded.ClientToken);
        Assert.NotEqual(refunded.ClientToken, unprotected.ClientToken);
    }

    [Fact]
    public async Task Shorthand_overloads_send_the_same_requests_as_request_objects()
    {
        Server.Then(new ScriptedAnswer(200, $$"""{"peerConnId":"{{Id}}","role":"acceptor"}"""));

        var detail = await Client.GetPeerConnDetailAsync(Id, PeerConnRole.Acceptor);
        var deleted = await Client.DeletePeerConnAsync(Id);
        await Client.ResizePeerConnAsync(Id, 30);
        await Client.OpenPeerConnSyncDnsAsync(Id, PeerConnRole.Initiator);

        var requests = Server.Requests.ToList();
        Assert.Equal(PeerConnRole.Acceptor, detail.Value.Role);
        Assert.Equal(("GET", $"/v1/peerconn/{Id}", "?role=acceptor"), (requests[0].Method, requests[0].RawPath, requests[0].QueryString));
        Assert.Equal(("DELETE", $"?clientToken={deleted.ClientToken}"), (requests[1].Method, requests[1].QueryString));
        Assert.Equal("""{"newBandwidthInMbps":30}""", requests[2].BodyText);
        Assert.StartsWith("?resize&clientToken=", requests[2].QueryString);
        Assert.StartsWith("?open&role=initiator&clientToken=", requests[3].QueryString);
    }

    [Fact]
    public async Task Path_values_are_escaped()
    {
        await Client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = "a/b c", ClientToken = Token });
        await Client.UpdatePeerConnDeleteProtectAsync("a/b c", true);

        var requests = Server.Requests.ToList();
        Assert.Equal("/v1/peerconn/a%2Fb%20c", requests[0].RawPath);
        Assert.Equal("/v1/peerconn/a%2Fb%20c/deleteProtect", requests[1].RawPath);
    }

    [Fact]
    public async Task Invalid_input_fails_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = Id, NewBandwidthInMbps = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = Id, ClientToken = new string('x', 65) }));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.CreatePeerConnAsync(NewCreateRequest(billing: new Billing { Reservation = new Reservation() })));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.RefundPeerConnAsync(new RefundPeerConnRequest { PeerConnId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.UpdatePeerConnDeleteProtectAsync(new UpdatePeerConnDeleteProtectRequest { PeerConnId = Id, DeleteProtect = true, ClientToken = "has space" }));

        Assert.Empty(Server.Requests);
    }

    internal static CreatePeerConnRequest NewCreateRequest(Billing? billing = null) => new()
    {
        BandwidthInMbps = 10,
        LocalVpcId = "vpc-a",
        PeerVpcId = "vpc-b",
        PeerRegion = "bj",
        Billing = billing ?? new Billing { PaymentTiming = PaymentTiming.Postpaid },
    };

    private RecordedRequest Single() => Assert.Single(Server.Requests);

    private static void AssertSigned(RecordedRequest request, params string[] mustBeSigned)
    {
        var match = AuthorizationPattern().Match(request.Headers["authorization"]);
        Assert.True(match.Success, request.Headers["authorization"]);
        Assert.Equal(WireClient.Credentials.AccessKeyId, match.Groups["ak"].Value);
        Assert.Equal(request.Headers["x-bce-date"], match.Groups["timestamp"].Value);
        var signed = match.Groups["headers"].Value.Split(';');
        Assert.Equal(signed.Order(StringComparer.Ordinal), signed);
        foreach (var header in mustBeSigned)
        {
            Assert.Contains(header, signed);
        }
    }

    [GeneratedRegex("^bce-auth-v1/(?<ak>[^/]+)/(?<timestamp>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)/1800/(?<headers>[a-z0-9;-]+)/(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();
}
