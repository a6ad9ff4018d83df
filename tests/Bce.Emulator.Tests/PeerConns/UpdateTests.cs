using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>UpdatePeerConn: per-side description and interface name, picked by localIfId.</summary>
public sealed class UpdateTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Updates_the_callers_side_only()
    {
        var id = await Scenarios.CrossAccountAsync(session, accept: true);
        var ifId = (await session.Secondary.GetDetailOkAsync(id)).GetProperty("localIfId").GetString();
        using var response = await session.Secondary.ActionAsync(id, null, new { localIfId = ifId, description = "theirs", localIfName = "their-if" }, clientToken: Bodies.NewToken());
        await response.ShouldBeEmptyOkAsync();

        var acceptor = await session.Secondary.GetDetailOkAsync(id);
        Assert.Equal("theirs", acceptor.GetProperty("description").GetString());
        Assert.Equal("their-if", acceptor.GetProperty("localIfName").GetString());
        Assert.Equal(ifId, acceptor.GetProperty("localIfId").GetString());
        Assert.Equal("active", acceptor.GetProperty("status").GetString());
        var initiator = await session.Primary.GetDetailOkAsync(id);
        Assert.Equal(string.Empty, initiator.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Omitted_fields_keep_their_values()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()).With("localIfName", "kept"));
        var ifId = (await session.Primary.GetDetailOkAsync(id)).GetProperty("localIfId").GetString();
        using var response = await session.Primary.ActionAsync(id, null, new { localIfId = ifId, description = "new" });
        await response.ShouldBeEmptyOkAsync();
        var detail = await session.Primary.GetDetailOkAsync(id);
        Assert.Equal("kept", detail.GetProperty("localIfName").GetString());
        Assert.Equal("new", detail.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_acceptor_side_of_a_same_account_connection_is_updated_through_its_interface_id()
    {
        var id = await Scenarios.SameAccountAsync(session);
        var acceptorIf = (await session.Primary.GetDetailOkAsync(id, "acceptor")).GetProperty("localIfId").GetString();
        using var response = await session.Primary.ActionAsync(id, null, new { localIfId = acceptorIf, localIfName = "b-side" });
        await response.ShouldBeEmptyOkAsync();
        Assert.Equal("b-side", (await session.Primary.GetDetailOkAsync(id, "acceptor")).GetProperty("localIfName").GetString());
        Assert.Equal(string.Empty, (await session.Primary.GetDetailOkAsync(id, "initiator")).GetProperty("localIfName").GetString());
    }

    [Fact]
    public async Task Missing_localIfId_is_InappropriateJSON()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, null, new { description = "x" });
        await response.ShouldBeErrorAsync(400, "InappropriateJSON");
    }

    [Fact]
    public async Task The_other_accounts_interface_id_is_PeerConn_InvalidParameter()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        var theirs = session.Emulator.State.Find(id)!.AcceptorIfId;
        using var response = await session.Primary.ActionAsync(id, null, new { localIfId = theirs, description = "x" });
        await response.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task Updating_a_consult_failed_connection_is_PeerConn_StatusConflict()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using (var rejected = await session.Secondary.ActionAsync(id, "reject"))
        {
            await rejected.ShouldBeEmptyOkAsync();
        }

        var ifId = session.Emulator.State.Find(id)!.InitiatorIfId;
        using var response = await session.Primary.ActionAsync(id, null, new { localIfId = ifId, description = "x" });
        await response.ShouldBeErrorAsync(409, "PeerConn.StatusConflict");
    }
}
