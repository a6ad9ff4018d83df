using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>DeletePeerConn and UpdatePeerConnDeleteProtect.</summary>
public sealed class DeleteTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Deletes_a_postpaid_connection_and_forgets_its_id()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using (var response = await session.Primary.DeleteAsync(id, Bodies.NewToken()))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        using var detail = await session.Primary.GetDetailAsync(id);
        await detail.ShouldBeErrorAsync(404, "NoSuchObject");
        Assert.True(session.Emulator.State.Find(id)!.IsDeleted);
        using var again = await session.Primary.DeleteAsync(id);
        await again.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task The_initiator_deletes_a_cross_account_connection_even_while_consulting()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Primary.DeleteAsync(id);
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task The_acceptor_deleting_is_PeerConn_NotInitiator()
    {
        var id = await Scenarios.CrossAccountAsync(session, accept: true);
        using var response = await session.Secondary.DeleteAsync(id);
        await response.ShouldBeErrorAsync(403, "PeerConn.NotInitiator");
    }

    [Fact]
    public async Task Delete_protection_is_PeerConn_DeleteProtected_until_switched_off()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()).With("deleteProtect", true));
        Assert.True((await session.Primary.GetDetailOkAsync(id)).GetProperty("deleteProtect").GetBoolean());
        using (var refused = await session.Primary.DeleteAsync(id))
        {
            await refused.ShouldBeErrorAsync(400, "PeerConn.DeleteProtected");
        }

        using (var off = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}/deleteProtect", """{"deleteProtect":false}"""))
        {
            await off.ShouldBeEmptyOkAsync();
        }

        using var deleted = await session.Primary.DeleteAsync(id);
        await deleted.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task The_acceptor_changing_delete_protection_is_PeerConn_NotInitiator()
    {
        var id = await Scenarios.CrossAccountAsync(session, accept: true);
        using var response = await session.Secondary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}/deleteProtect", """{"deleteProtect":true}""");
        await response.ShouldBeErrorAsync(403, "PeerConn.NotInitiator");
    }

    [Fact]
    public async Task Switching_delete_protection_on_shows_in_the_detail_and_moves_the_etag()
    {
        var id = await Scenarios.SameAccountAsync(session);
        var before = session.Emulator.State.Find(id)!.ETag;
        using (var on = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}/deleteProtect?clientToken={Bodies.NewToken()}", """{"deleteProtect":true}"""))
        {
            await on.ShouldBeEmptyOkAsync();
        }

        Assert.True((await session.Primary.GetDetailOkAsync(id)).GetProperty("deleteProtect").GetBoolean());
        Assert.NotEqual(before, session.Emulator.State.Find(id)!.ETag);
    }

    [Theory]
    [InlineData("{}", 400, "InappropriateJSON")]
    [InlineData("""{"deleteProtect":null}""", 400, "InappropriateJSON")]
    [InlineData("""{"deleteProtect":"true"}""", 400, "InappropriateJSON")]
    [InlineData("[]", 400, "InappropriateJSON")]
    [InlineData("", 400, "MalformedJSON")]
    public async Task A_delete_protection_body_without_a_boolean_is_refused(string body, int status, string code)
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}/deleteProtect", body);
        await response.ShouldBeErrorAsync(status, code);
        Assert.False((await session.Primary.GetDetailOkAsync(id)).GetProperty("deleteProtect").GetBoolean());
    }

    [Fact]
    public async Task An_active_unexpired_prepaid_connection_is_PeerConn_PrepaidNotExpired()
    {
        var id = await Scenarios.PrepaidAsync(session);
        using var response = await session.Primary.DeleteAsync(id);
        await response.ShouldBeErrorAsync(400, "PeerConn.PrepaidNotExpired");
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
    }

    [Fact]
    public async Task A_consult_failed_prepaid_connection_is_deletable()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId(), EmulatorDefaults.Secondary.AccountId));
        using (var rejected = await session.Secondary.ActionAsync(id, "reject"))
        {
            await rejected.ShouldBeEmptyOkAsync();
        }

        using var response = await session.Primary.DeleteAsync(id);
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task An_expired_prepaid_connection_is_deletable()
    {
        await using var own = await EmulatorSession.StartAsync();
        var id = await Scenarios.PrepaidAsync(own, months: 1);
        own.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal("expired", await Scenarios.StatusAsync(own, id));
        using var response = await own.Primary.DeleteAsync(id);
        await response.ShouldBeEmptyOkAsync();
    }
}
