using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Wire;

/// <summary>Request ids, routing errors, action dispatch and ETag/If-Match preconditions.</summary>
public sealed class WireTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Every_response_carries_a_uuid_request_id()
    {
        using var success = await session.Primary.ListAsync();
        using var failure = await session.Primary.SendRawAsync(session.Primary.Build(HttpMethod.Get, "/v1/peerconn"));
        using var unknown = await session.Primary.SendRawAsync(session.Primary.Build(HttpMethod.Get, "/v1/nothing"));
        foreach (var response in new[] { success, failure, unknown })
        {
            Assert.True(Guid.TryParse(response.Headers.GetValues("x-bce-request-id").Single(), out _));
        }
    }

    [Fact]
    public async Task A_caller_supplied_request_id_is_echoed()
    {
        var requestId = Guid.NewGuid().ToString();
        using var response = await session.Primary.SendAsync(
            HttpMethod.Get,
            "/v1/peerconn",
            beforeSigning: r => r.Headers.TryAddWithoutValidation("x-bce-request-id", requestId));
        Assert.Equal(requestId, response.Headers.GetValues("x-bce-request-id").Single());
    }

    [Theory]
    [InlineData("GET", "/v1/peerconns")]
    [InlineData("POST", "/v1/peerconn/peerconn-000000000000")]
    [InlineData("PATCH", "/v1/peerconn/peerconn-000000000000")]
    [InlineData("GET", "/")]
    public async Task Unknown_routes_are_404_InvalidURI(string method, string path)
    {
        using var response = await session.Primary.SendAsync(new HttpMethod(method), path);
        var message = await response.ShouldBeErrorAsync(404, "InvalidURI");
        Assert.Contains(method, message);
    }

    [Fact]
    public async Task Another_api_version_is_404_InvalidVersion()
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, "/v2/peerconn");
        await response.ShouldBeErrorAsync(404, "InvalidVersion");
    }

    [Fact]
    public async Task Two_action_flags_at_once_are_InvalidHTTPRequest()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Secondary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}?accept&reject");
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Fact]
    public async Task The_etag_changes_with_every_change()
    {
        var id = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        var tags = new List<string> { await ETagAsync(id) };
        using (var resize = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 11 }))
        {
            await resize.ShouldBeEmptyOkAsync();
        }

        tags.Add(await ETagAsync(id));
        using (var open = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator"))
        {
            await open.ShouldBeEmptyOkAsync();
        }

        tags.Add(await ETagAsync(id));
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal(tags[^1], await ETagAsync(id));
    }

    [Theory]
    [InlineData("update")]
    [InlineData("resize")]
    [InlineData("open")]
    [InlineData("delete")]
    public async Task A_stale_if_match_is_412_PreconditionFailed_and_changes_nothing(string operation)
    {
        var id = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        var stale = await ETagAsync(id);
        using (var resize = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 12 }))
        {
            await resize.ShouldBeEmptyOkAsync();
        }

        var before = session.Emulator.State.Find(id);
        using var response = await SendWithIfMatchAsync(id, operation, stale);
        await response.ShouldBeErrorAsync(412, "PreconditionFailed");
        Assert.Equal(before, session.Emulator.State.Find(id));
    }

    [Theory]
    [InlineData("update")]
    [InlineData("resize")]
    [InlineData("open")]
    [InlineData("delete")]
    public async Task A_current_or_wildcard_if_match_lets_the_write_through(string operation)
    {
        var id = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        using (var current = await SendWithIfMatchAsync(id, operation == "delete" ? "update" : operation, await ETagAsync(id)))
        {
            await current.ShouldBeEmptyOkAsync();
        }

        var other = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        using var wildcard = await SendWithIfMatchAsync(other, operation, "*");
        await wildcard.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task A_stale_if_match_on_accept_is_412()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Secondary.ActionAsync(id, "accept", ifMatch: "\"00000000000000000000\"");
        await response.ShouldBeErrorAsync(412, "PreconditionFailed");
        Assert.Equal("consulting", await Scenarios.StatusAsync(session, id));
    }

    [Fact]
    public async Task A_rule_violation_is_reported_before_the_precondition()
    {
        var id = await Scenarios.CrossAccountAsync(session, accept: true);
        using var response = await session.Secondary.DeleteAsync(id, ifMatch: "\"00000000000000000000\"");
        await response.ShouldBeErrorAsync(403, "PeerConn.NotInitiator");
    }

    private async Task<string> ETagAsync(string id)
    {
        using var response = await session.Primary.GetDetailAsync(id);
        await response.ShouldBeJsonAsync();
        return response.Headers.ETag!.ToString();
    }

    private async Task<HttpResponseMessage> SendWithIfMatchAsync(string id, string operation, string etag)
    {
        var ifId = session.Emulator.State.Find(id)!.InitiatorIfId;
        return operation switch
        {
            "update" => await session.Primary.ActionAsync(id, null, new { localIfId = ifId, description = "changed" }, ifMatch: etag),
            "resize" => await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 99 }, ifMatch: etag),
            "open" => await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator", ifMatch: etag),
            _ => await session.Primary.DeleteAsync(id, ifMatch: etag),
        };
    }
}
