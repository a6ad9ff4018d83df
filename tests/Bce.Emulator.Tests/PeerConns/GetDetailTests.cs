using System.Text.Json;
using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>GetPeerConnDetail: both views, field formats, roles, not-found and the fidelity switch.</summary>
public sealed class GetDetailTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Initiator_view_carries_every_field_with_the_wire_formats()
    {
        var (local, peer) = (Bodies.NewVpcId(), Bodies.NewVpcId());
        var body = Bodies.Create(local, peer, EmulatorDefaults.Secondary.AccountId, bandwidth: 30)
            .With("description", "from tests")
            .With("localIfName", "mine")
            .With("tags", new[] { new { tagKey = "team", tagValue = "sdk" } });
        var id = await session.Primary.CreateOkAsync(body);
        using var response = await session.Primary.GetDetailAsync(id, "initiator");
        var detail = await response.ShouldBeJsonAsync();

        Assert.Equal(id, detail.GetProperty("peerConnId").GetString());
        Assert.Equal("initiator", detail.GetProperty("role").GetString());
        Assert.Equal("consulting", detail.GetProperty("status").GetString());
        Assert.Equal(30, detail.GetProperty("bandwidthInMbps").GetInt32());
        Assert.Equal("from tests", detail.GetProperty("description").GetString());
        Assert.Matches("^qpif-[a-z0-9]{12}$", detail.GetProperty("localIfId").GetString());
        Assert.Equal("mine", detail.GetProperty("localIfName").GetString());
        Assert.Equal(local, detail.GetProperty("localVpcId").GetString());
        Assert.Equal("bj", detail.GetProperty("localRegion").GetString());
        Assert.Equal(peer, detail.GetProperty("peerVpcId").GetString());
        Assert.Equal("bj", detail.GetProperty("peerRegion").GetString());
        Assert.Equal(EmulatorDefaults.Secondary.AccountId, detail.GetProperty("peerAccountId").GetString());
        Assert.Equal("Postpaid", detail.GetProperty("paymentTiming").GetString());
        Assert.Equal("close", detail.GetProperty("dnsStatus").GetString());
        Assert.Equal("2025-01-15 08:00:00", detail.GetProperty("createdTime").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("expiredTime").ValueKind);
        Assert.Equal("sdk", detail.GetProperty("tags")[0].GetProperty("tagValue").GetString());
        Assert.False(detail.GetProperty("deleteProtect").GetBoolean());
        Assert.Matches("^\"[0-9a-f]{20}\"$", response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Acceptor_view_swaps_local_and_peer_and_has_its_own_interface()
    {
        var (local, peer) = (Bodies.NewVpcId(), Bodies.NewVpcId());
        var id = await session.Primary.CreateOkAsync(Bodies.Create(local, peer, EmulatorDefaults.Secondary.AccountId));
        var initiator = await session.Primary.GetDetailOkAsync(id);
        var acceptor = await session.Secondary.GetDetailOkAsync(id);

        Assert.Equal("acceptor", acceptor.GetProperty("role").GetString());
        Assert.Equal(peer, acceptor.GetProperty("localVpcId").GetString());
        Assert.Equal(local, acceptor.GetProperty("peerVpcId").GetString());
        Assert.Equal(EmulatorDefaults.Primary.AccountId, acceptor.GetProperty("peerAccountId").GetString());
        Assert.Matches("^qpif-[a-z0-9]{12}$", acceptor.GetProperty("localIfId").GetString());
        Assert.NotEqual(initiator.GetProperty("localIfId").GetString(), acceptor.GetProperty("localIfId").GetString());
    }

    [Fact]
    public async Task Without_a_role_a_same_account_connection_shows_the_initiator_side()
    {
        var id = await Scenarios.SameAccountAsync(session);
        Assert.Equal("initiator", (await session.Primary.GetDetailOkAsync(id)).GetProperty("role").GetString());
        Assert.Equal("acceptor", (await session.Primary.GetDetailOkAsync(id, "acceptor")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Prepaid_connections_expire_after_their_reservation()
    {
        var id = await Scenarios.PrepaidAsync(session, months: 12);
        var detail = await session.Primary.GetDetailOkAsync(id);
        Assert.Equal("2026-01-15 08:00:00", detail.GetProperty("expiredTime").GetString());
    }

    [Fact]
    public async Task Both_views_share_one_etag()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var initiator = await session.Primary.GetDetailAsync(id, "initiator");
        using var acceptor = await session.Primary.GetDetailAsync(id, "acceptor");
        Assert.Equal(initiator.Headers.ETag, acceptor.Headers.ETag);
    }

    [Fact]
    public async Task A_role_the_caller_does_not_own_is_NoSuchObject()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Primary.GetDetailAsync(id, "acceptor");
        await response.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task An_invalid_role_is_InvalidHTTPRequest()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.GetDetailAsync(id, "owner");
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Fact]
    public async Task Unknown_ids_and_other_accounts_connections_are_NoSuchObject()
    {
        using var unknown = await session.Primary.GetDetailAsync("peerconn-000000000000");
        await unknown.ShouldBeErrorAsync(404, "NoSuchObject");
        var id = await Scenarios.SameAccountAsync(session);
        using var foreign = await session.Secondary.GetDetailAsync(id);
        await foreign.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task Fidelity_switch_answers_missing_and_deleted_ids_with_an_empty_200()
    {
        await using var faithful = await EmulatorSession.StartAsync(o => o.NotFoundAsEmptyBody = true);
        using (var unknown = await faithful.Primary.GetDetailAsync("peerconn-000000000000"))
        {
            await unknown.ShouldBeEmptyOkAsync();
        }

        var id = await Scenarios.SameAccountAsync(faithful);
        using (var deleted = await faithful.Primary.DeleteAsync(id))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        using (var afterDelete = await faithful.Primary.GetDetailAsync(id))
        {
            await afterDelete.ShouldBeEmptyOkAsync();
        }

        using var otherOperation = await faithful.Primary.DeleteAsync(id);
        await otherOperation.ShouldBeErrorAsync(404, "NoSuchObject");
    }
}
