using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// DNS sync can only change on an active connection and only to the other state; otherwise 409 DnsStatusConflict.
/// (The syncing/closing conflicts need transitions that take time: see <see cref="TransitionEndToEndTests"/>.)
/// </summary>
public sealed class DnsSyncRuleEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public DnsSyncRuleEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Opening_dns_sync_on_a_consulting_connection_is_409_DnsStatusConflict()
    {
        var id = await _h.CreateCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }));

        Assert.Equal(DnsStatus.Close, (await _h.DetailAsync(id)).Value.DnsStatus);
    }

    [Fact]
    public async Task Opening_dns_sync_twice_is_409_DnsStatusConflict()
    {
        var id = await _h.CreateSameAccountAsync();
        await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }));

        Assert.Equal(DnsStatus.Open, (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value.DnsStatus);
    }

    [Fact]
    public async Task Closing_dns_sync_that_is_closed_is_409_DnsStatusConflict()
    {
        var id = await _h.CreateSameAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Primary.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Acceptor }));
    }

    [Fact]
    public async Task Closing_dns_sync_on_a_rejected_connection_is_409_DnsStatusConflict()
    {
        var id = await _h.CreateCrossAccountAsync();
        await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DnsStatusConflict,
            409,
            () => _h.Secondary.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Acceptor }));
    }
}
