using Bce.Emulator;
using Bce.Runtime.Errors;
using Bce.Runtime.Waiting;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// The spec's waiters against an emulator whose transitions take a minute of a shared clock; each poll moves that
/// clock on, so the waits finish in milliseconds of real time.
/// </summary>
public sealed class WaiterEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Transition = TimeSpan.FromMinutes(1);
    private readonly MovableClock _clock = new();
    private readonly List<string?> _seen = [];
    private EmulatorHarness _h = null!;

    public async Task InitializeAsync() =>
        _h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = _clock, TransitionDuration = Transition });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Waiting_for_active_follows_creating_to_active()
    {
        var id = await _h.CreateSameAccountAsync();

        var response = await _h.Primary.WaitUntilPeerConnActiveAsync(Detail(id), Polling());

        Assert.Equal(PeerConnStatus.Active, response.Value.Status);
        Assert.Equal("creating", _seen[0]);
        Assert.Equal("active", _seen[^1]);
        Assert.True(_seen.Count >= 3);
    }

    [Fact]
    public async Task Waiting_for_active_fails_fast_once_the_request_is_rejected()
    {
        var id = await _h.CreateCrossAccountAsync();
        _clock.Advance(Transition);
        await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });

        var error = await Assert.ThrowsAsync<BceWaiterException>(() => _h.Primary.WaitUntilPeerConnActiveAsync(Detail(id), Polling()));

        Assert.False(error.TimedOut);
        Assert.Equal("consult_failed", error.LastObserved);
        Assert.Equal("PeerConnActive", error.WaiterName);
    }

    [Fact]
    public async Task Waiting_for_active_times_out_while_the_peer_never_answers()
    {
        var id = await _h.CreateCrossAccountAsync();
        var options = new BceWaitOptions { MinDelay = TimeSpan.FromMilliseconds(2), MaxDelay = TimeSpan.FromMilliseconds(2), Timeout = TimeSpan.FromMilliseconds(100) };

        var error = await Assert.ThrowsAsync<BceWaiterException>(() => _h.Primary.WaitUntilPeerConnActiveAsync(Detail(id), options));

        Assert.True(error.TimedOut);
        Assert.Equal("creating", error.LastObserved);
    }

    [Fact]
    public async Task Waiting_for_dns_sync_follows_syncing_to_open_and_closing_to_close()
    {
        var id = await _h.CreateSameAccountAsync();
        await _h.Primary.WaitUntilPeerConnActiveAsync(Detail(id), Polling());
        _seen.Clear();

        await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });
        var opened = await _h.Primary.WaitUntilPeerConnDnsOpenAsync(Detail(id), Polling());
        await _h.Primary.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });
        var closed = await _h.Primary.WaitUntilPeerConnDnsClosedAsync(Detail(id), Polling());

        Assert.Equal(DnsStatus.Open, opened.Value.DnsStatus);
        Assert.Equal(DnsStatus.Close, closed.Value.DnsStatus);
        Assert.Contains("syncing", _seen);
        Assert.Contains("closing", _seen);
    }

    [Fact]
    public async Task Waiting_on_a_deleted_connection_surfaces_the_not_found_error()
    {
        var error = await Assert.ThrowsAsync<BceServiceException>(() => _h.Primary.WaitUntilPeerConnActiveAsync(Detail("peerconn-000000000000"), Polling()));

        Assert.Equal(PeerConnErrorCodes.NoSuchObject, error.ErrorCode);
    }

    private static GetPeerConnDetailRequest Detail(string id) => new() { PeerConnId = id, Role = PeerConnRole.Initiator };

    /// <summary>Fast polls that each move the emulator's clock 20 seconds on and record what they saw.</summary>
    private BceWaitOptions Polling() => new()
    {
        MinDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(2),
        Timeout = TimeSpan.FromSeconds(20),
        OnPoll = observed =>
        {
            _seen.Add(observed);
            _clock.Advance(TimeSpan.FromSeconds(20));
        },
    };
}
