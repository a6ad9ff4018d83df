using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// With transitions that take time (emulator TransitionDuration on a clock shared with the client), every change
/// passes through its transitional status, and DNS sync through syncing/closing, during which conflicting changes are
/// refused. The clock is moved, never waited for.
/// </summary>
public sealed class TransitionEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Transition = TimeSpan.FromMinutes(1);
    private readonly MovableClock _clock = new();
    private EmulatorHarness _h = null!;

    public async Task InitializeAsync() =>
        _h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = _clock, TransitionDuration = Transition });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Same_account_create_goes_from_creating_to_active()
    {
        var id = await _h.CreateSameAccountAsync();
        Assert.Equal(PeerConnStatus.Creating, await _h.StatusAsync(id));

        _clock.Advance(Transition);

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Cross_account_create_goes_creating_then_consulting_and_accept_goes_starting_then_active()
    {
        var id = await _h.CreateCrossAccountAsync();
        Assert.Equal(PeerConnStatus.Creating, await _h.StatusAsync(id));
        _clock.Advance(Transition);
        Assert.Equal(PeerConnStatus.Consulting, await _h.StatusAsync(id));

        await _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });

        Assert.Equal(PeerConnStatus.Starting, await _h.StatusAsync(id));
        _clock.Advance(Transition);
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
        Assert.Equal(PeerConnStatus.Active, (await _h.DetailAsync(id, client: _h.Secondary)).Value.Status);
    }

    [Fact]
    public async Task Resize_goes_through_updating_and_a_change_meanwhile_is_409_StatusConflict()
    {
        var id = await ActiveSameAccountAsync(bandwidth: 10);

        await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 20 });

        var updating = (await _h.DetailAsync(id)).Value;
        Assert.Equal(PeerConnStatus.Updating, updating.Status);
        Assert.Equal(20, updating.BandwidthInMbps);
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 30 }));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }));

        _clock.Advance(Transition);
        var settled = (await _h.DetailAsync(id)).Value;
        Assert.Equal(PeerConnStatus.Active, settled.Status);
        Assert.Equal(20, settled.BandwidthInMbps);
    }

    [Fact]
    public async Task Update_goes_through_updating_back_to_active()
    {
        var id = await ActiveSameAccountAsync();
        var localIfId = (await _h.DetailAsync(id)).Value.LocalIfId!;

        await _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = localIfId, Description = "slow" });

        Assert.Equal(PeerConnStatus.Updating, await _h.StatusAsync(id));
        _clock.Advance(Transition);
        var detail = (await _h.DetailAsync(id)).Value;
        Assert.Equal(PeerConnStatus.Active, detail.Status);
        Assert.Equal("slow", detail.Description);
    }

    [Fact]
    public async Task Delete_goes_through_deleting_and_then_the_id_is_gone()
    {
        var id = await ActiveSameAccountAsync();

        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        Assert.Equal(PeerConnStatus.Deleting, await _h.StatusAsync(id));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));
        _clock.Advance(Transition);
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id));
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Dns_sync_goes_close_syncing_open_closing_close_and_refuses_changes_while_moving()
    {
        var id = await ActiveSameAccountAsync();
        var open = new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator };
        var close = new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator };
        Assert.Equal(DnsStatus.Close, await DnsAsync(id));

        await _h.Primary.OpenPeerConnSyncDnsAsync(open);
        Assert.Equal(DnsStatus.Syncing, await DnsAsync(id));
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.DnsStatusConflict, 409, () => _h.Primary.ClosePeerConnSyncDnsAsync(close));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }));
        _clock.Advance(Transition);
        Assert.Equal(DnsStatus.Open, await DnsAsync(id));

        await _h.Primary.ClosePeerConnSyncDnsAsync(close);
        Assert.Equal(DnsStatus.Closing, await DnsAsync(id));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }));
        _clock.Advance(Transition);
        Assert.Equal(DnsStatus.Close, await DnsAsync(id));
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    private async Task<string> ActiveSameAccountAsync(int bandwidth = 10)
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: bandwidth);
        _clock.Advance(Transition);
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
        return id;
    }

    private async Task<DnsStatus?> DnsAsync(string id) => (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value.DnsStatus;
}
