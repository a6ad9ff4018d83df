using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>Time-driven behaviour: the 7-day accept timeout and transitional statuses, on a fake clock.</summary>
public sealed class LifeCycleTests
{
    [Fact]
    public async Task An_application_not_accepted_within_7_days_becomes_consult_failed()
    {
        await using var session = await EmulatorSession.StartAsync();
        var id = await Scenarios.CrossAccountAsync(session);
        var etag = session.Emulator.State.Find(id)!.ETag;

        session.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        Assert.Equal("consulting", await Scenarios.StatusAsync(session, id));

        session.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("consult_failed", await Scenarios.StatusAsync(session, id));
        Assert.Equal("consult_failed", (await session.Secondary.GetDetailOkAsync(id)).GetProperty("status").GetString());
        Assert.NotEqual(etag, session.Emulator.State.Find(id)!.ETag);
        using var late = await session.Secondary.ActionAsync(id, "accept");
        await late.ShouldBeErrorAsync(409, "PeerConn.StatusConflict");
    }

    [Fact]
    public async Task Accepting_just_before_the_timeout_succeeds()
    {
        await using var session = await EmulatorSession.StartAsync();
        var id = await Scenarios.CrossAccountAsync(session);
        session.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        using var response = await session.Secondary.ActionAsync(id, "accept");
        await response.ShouldBeEmptyOkAsync();
        session.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
    }

    [Fact]
    public async Task With_a_transition_duration_writes_pass_through_transitional_statuses()
    {
        var step = TimeSpan.FromSeconds(30);
        await using var session = await EmulatorSession.StartAsync(o => o.TransitionDuration = step);
        var id = await Scenarios.SameAccountAsync(session);
        Assert.Equal("creating", await Scenarios.StatusAsync(session, id));
        session.Time.Advance(step);
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));

        using (var resize = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 20 }))
        {
            await resize.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("updating", await Scenarios.StatusAsync(session, id));
        using (var busy = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 30 }))
        {
            await busy.ShouldBeErrorAsync(409, "PeerConn.StatusConflict");
        }

        session.Time.Advance(step);
        using (var delete = await session.Primary.DeleteAsync(id))
        {
            await delete.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("deleting", await Scenarios.StatusAsync(session, id));
        session.Time.Advance(step);
        using var gone = await session.Primary.GetDetailAsync(id);
        await gone.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task With_a_transition_duration_accept_passes_through_starting()
    {
        var step = TimeSpan.FromSeconds(30);
        await using var session = await EmulatorSession.StartAsync(o => o.TransitionDuration = step);
        var id = await Scenarios.CrossAccountAsync(session);
        session.Time.Advance(step);
        Assert.Equal("consulting", await Scenarios.StatusAsync(session, id));
        using (var accept = await session.Secondary.ActionAsync(id, "accept"))
        {
            await accept.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("starting", await Scenarios.StatusAsync(session, id));
        session.Time.Advance(step);
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
    }

    [Fact]
    public async Task With_a_transition_duration_dns_sync_is_syncing_then_open_and_conflicts_meanwhile()
    {
        var step = TimeSpan.FromSeconds(30);
        await using var session = await EmulatorSession.StartAsync(o => o.TransitionDuration = step);
        var id = await Scenarios.SameAccountAsync(session);
        session.Time.Advance(step);
        using (var open = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator"))
        {
            await open.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("syncing", session.Emulator.State.Find(id)!.InitiatorDnsStatus);
        using (var close = await session.Primary.ActionAsync(id, "close", extraQuery: "role=initiator"))
        {
            await close.ShouldBeErrorAsync(409, "PeerConn.DnsStatusConflict");
        }

        session.Time.Advance(step);
        Assert.Equal("open", session.Emulator.State.Find(id)!.InitiatorDnsStatus);
        using (var close = await session.Primary.ActionAsync(id, "close", extraQuery: "role=initiator"))
        {
            await close.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("closing", session.Emulator.State.Find(id)!.InitiatorDnsStatus);
        using (var open = await session.Primary.ActionAsync(id, "open", extraQuery: "role=initiator"))
        {
            await open.ShouldBeErrorAsync(409, "PeerConn.DnsStatusConflict");
        }
    }

    [Fact]
    public async Task A_prepaid_connection_becomes_expired_at_its_expiry_time()
    {
        await using var session = await EmulatorSession.StartAsync();
        var id = await Scenarios.PrepaidAsync(session, months: 1);
        session.Time.Advance(TimeSpan.FromDays(31) - TimeSpan.FromSeconds(1));
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
        session.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("expired", await Scenarios.StatusAsync(session, id));
    }
}
