using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;

using Bce.Testing;

namespace PeerConn.Client.Tests.Wire;

/// <summary>Retries through the generated client: the same clientToken on every attempt, a fresh signature each time.</summary>
public sealed class RetryWireTests : WireTest
{
    [Fact]
    public async Task Retried_create_reuses_itsClient_token_and_is_signed_again_each_attempt()
    {
        Server.Then(
            new ScriptedAnswer(503, """{"requestId":"r1","code":"ServiceUnavailable","message":"busy"}"""),
            new ScriptedAnswer(0, Abort: true),
            new ScriptedAnswer(500, """{"requestId":"r3","code":"InternalError","message":"oops"}"""),
            new ScriptedAnswer(200, """{"peerConnId":"peerconn-once"}"""));

        var response = await Client.CreatePeerConnAsync(OperationWireTests.NewCreateRequest());

        var attempts = Server.Requests.ToList();
        Assert.Equal(4, attempts.Count);
        Assert.Single(attempts.Select(a => a.QueryString).Distinct());
        Assert.Single(attempts.Select(a => a.BodyText).Distinct());
        Assert.Equal(4, attempts.Select(a => a.Headers["x-bce-request-id"]).Distinct().Count());
        Assert.Equal(4, response.Attempts);
        Assert.Equal("peerconn-once", response.Value.PeerConnId);
        Assert.Equal(attempts[0].QueryString["?clientToken=".Length..], response.ClientToken);
    }

    [Fact]
    public async Task Request_expired_is_retried_with_a_new_date_and_signature()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2025-01-15T08:00:00Z"));
        using var client = WireClient.Create(Server, new SteppingTimeProvider(clock, TimeSpan.FromSeconds(2)));
        Server.Then(new ScriptedAnswer(400, """{"requestId":"r1","code":"RequestExpired","message":"Request has expired."}"""));

        await client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = "peerconn-1" });

        var attempts = Server.Requests.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.NotEqual(attempts[0].Headers["x-bce-date"], attempts[1].Headers["x-bce-date"]);
        Assert.NotEqual(attempts[0].Headers["authorization"], attempts[1].Headers["authorization"]);
        Assert.Equal(attempts[0].QueryString, attempts[1].QueryString);
    }

    [Fact]
    public async Task A_rule_violation_is_not_retried_and_surfaces_code_and_request_id()
    {
        Server.Then(new ScriptedAnswer(409, """{"requestId":"req-42","code":"PeerConn.VpcPairExists","message":"exists"}"""));

        var error = await Assert.ThrowsAsync<BceServiceException>(() => Client.CreatePeerConnAsync(OperationWireTests.NewCreateRequest()));

        Assert.Single(Server.Requests);
        Assert.Equal(409, error.StatusCode);
        Assert.Equal(PeerConnErrorCodes.VpcPairExists, error.ErrorCode);
        Assert.Equal("req-42", error.RequestId);
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_last_error()
    {
        for (var i = 0; i < 4; i++)
        {
            Server.Then(new ScriptedAnswer(502, "<html>bad gateway</html>"));
        }

        var error = await Assert.ThrowsAsync<BceServiceException>(() => Client.ListPeerConnAsync(new ListPeerConnRequest()));

        Assert.Equal(4, Server.Requests.Count);
        Assert.Equal(502, error.StatusCode);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task Auto_paging_follows_next_marker_across_pages()
    {
        Server.Then(
            new ScriptedAnswer(200, """{"peerConns":[{"peerConnId":"p1"},{"peerConnId":"p2"}],"isTruncated":true,"nextMarker":"p3","maxKeys":2}"""),
            new ScriptedAnswer(200, """{"peerConns":[{"peerConnId":"p3"},{"peerConnId":"p4"}],"marker":"p3","isTruncated":true,"nextMarker":"p5","maxKeys":2}"""),
            new ScriptedAnswer(200, """{"peerConns":[{"peerConnId":"p5"}],"marker":"p5","isTruncated":false,"maxKeys":2}"""));

        var ids = new List<string>();
        await foreach (var peerConn in Client.ListAllPeerConnsAsync(new ListPeerConnRequest { VpcId = "vpc-a", MaxKeys = 2 }))
        {
            ids.Add(peerConn.PeerConnId!);
        }

        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], ids);
        Assert.Equal(
            ["?vpcId=vpc-a&maxKeys=2", "?vpcId=vpc-a&marker=p3&maxKeys=2", "?vpcId=vpc-a&marker=p5&maxKeys=2"],
            Server.Requests.Select(r => r.QueryString));
    }

    /// <summary>A clock that moves forward a step every time it is read, so each attempt gets a later x-bce-date.</summary>
    private sealed class SteppingTimeProvider(Microsoft.Extensions.Time.Testing.FakeTimeProvider inner, TimeSpan step) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow()
        {
            inner.Advance(step);
            return inner.GetUtcNow();
        }
    }
}
