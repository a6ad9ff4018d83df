using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>AcceptPeerConnApply and RejectPeerConnApply.</summary>
public sealed class AcceptRejectTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Accept_by_the_acceptor_makes_both_sides_active()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Secondary.ActionAsync(id, "accept", clientToken: Bodies.NewToken());
        await response.ShouldBeEmptyOkAsync();
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
        Assert.Equal("active", (await session.Secondary.GetDetailOkAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reject_by_the_acceptor_makes_the_connection_consult_failed()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Secondary.ActionAsync(id, "reject");
        await response.ShouldBeEmptyOkAsync();
        Assert.Equal("consult_failed", await Scenarios.StatusAsync(session, id));
        Assert.Equal("consult_failed", (await session.Secondary.GetDetailOkAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Java_style_empty_object_body_is_accepted()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Secondary.ActionAsync(id, "accept", new { });
        await response.ShouldBeEmptyOkAsync();
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public async Task On_a_same_account_connection_it_is_PeerConn_NotCrossAccount(string action)
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, action);
        await response.ShouldBeErrorAsync(400, "PeerConn.NotCrossAccount");
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public async Task By_the_initiator_it_is_PeerConn_StatusConflict(string action)
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, action);
        await response.ShouldBeErrorAsync(409, "PeerConn.StatusConflict");
        Assert.Equal("consulting", await Scenarios.StatusAsync(session, id));
    }

    [Theory]
    [InlineData("accept", "accept")]
    [InlineData("accept", "reject")]
    [InlineData("reject", "accept")]
    [InlineData("reject", "reject")]
    public async Task When_no_longer_consulting_it_is_PeerConn_StatusConflict(string first, string second)
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using (var done = await session.Secondary.ActionAsync(id, first))
        {
            await done.ShouldBeEmptyOkAsync();
        }

        using var response = await session.Secondary.ActionAsync(id, second);
        await response.ShouldBeErrorAsync(409, "PeerConn.StatusConflict");
    }

    [Fact]
    public async Task On_an_unknown_id_it_is_NoSuchObject()
    {
        using var response = await session.Secondary.ActionAsync("peerconn-000000000000", "accept");
        await response.ShouldBeErrorAsync(404, "NoSuchObject");
    }
}
