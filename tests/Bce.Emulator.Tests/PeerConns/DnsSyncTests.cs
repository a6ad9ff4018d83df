using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>Open/ClosePeerConnSyncDns: per-side status and every conflict.</summary>
public sealed class DnsSyncTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Open_and_close_switch_only_the_named_side()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using (var open = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator", clientToken: Bodies.NewToken()))
        {
            await open.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("open", (await session.Primary.GetDetailOkAsync(id, "initiator")).GetProperty("dnsStatus").GetString());
        Assert.Equal("close", (await session.Primary.GetDetailOkAsync(id, "acceptor")).GetProperty("dnsStatus").GetString());

        using (var close = await session.Primary.ActionAsync(id, "close", extraQuery: "role=initiator"))
        {
            await close.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("close", (await session.Primary.GetDetailOkAsync(id, "initiator")).GetProperty("dnsStatus").GetString());
    }

    [Fact]
    public async Task Go_style_role_body_is_accepted()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, "open", new { role = "acceptor" }, extraQuery: "role=acceptor");
        await response.ShouldBeEmptyOkAsync();
        Assert.Equal("open", session.Emulator.State.Find(id)!.AcceptorDnsStatus);
    }

    [Fact]
    public async Task Asking_for_the_current_state_is_PeerConn_DnsStatusConflict()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using (var close = await session.Primary.ActionAsync(id, "close", extraQuery: "role=initiator"))
        {
            await close.ShouldBeErrorAsync(409, "PeerConn.DnsStatusConflict");
        }

        using (var open = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator"))
        {
            await open.ShouldBeEmptyOkAsync();
        }

        using var again = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator");
        await again.ShouldBeErrorAsync(409, "PeerConn.DnsStatusConflict");
    }

    [Fact]
    public async Task A_connection_that_is_not_active_is_PeerConn_DnsStatusConflict()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator");
        await response.ShouldBeErrorAsync(409, "PeerConn.DnsStatusConflict");
    }

    [Fact]
    public async Task Each_account_switches_its_own_side_of_a_cross_account_connection()
    {
        var id = await Scenarios.CrossAccountAsync(session, accept: true);
        using (var own = await session.Secondary.ActionAsync(id, "open", extraQuery: "role=acceptor"))
        {
            await own.ShouldBeEmptyOkAsync();
        }

        using var other = await session.Primary.ActionAsync(id, "open", extraQuery: "role=acceptor");
        await other.ShouldBeErrorAsync(403, "AccessDenied");
    }

    [Theory]
    [InlineData("open", null)]
    [InlineData("close", null)]
    [InlineData("open", "role=both")]
    public async Task A_missing_or_invalid_role_is_InvalidHTTPRequest(string action, string? query)
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, action, extraQuery: query);
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }
}
