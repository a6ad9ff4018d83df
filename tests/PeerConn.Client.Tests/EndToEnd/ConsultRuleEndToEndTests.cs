using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>Accept and reject rules: only cross-account, only by the acceptor, only while consulting.</summary>
public sealed class ConsultRuleEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public ConsultRuleEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Accepting_a_same_account_connection_is_400_NotCrossAccount()
    {
        var id = await _h.CreateSameAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotCrossAccount,
            400,
            () => _h.Primary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }));
    }

    [Fact]
    public async Task Rejecting_a_same_account_connection_is_400_NotCrossAccount_and_leaves_it_active()
    {
        var id = await _h.CreateSameAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotCrossAccount,
            400,
            () => _h.Primary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Initiator_accepting_its_own_application_is_409_StatusConflict()
    {
        var id = await _h.CreateCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Primary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Consulting, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Initiator_rejecting_its_own_application_is_409_StatusConflict()
    {
        var id = await _h.CreateCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Primary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Consulting, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Accepting_an_already_active_connection_is_409_StatusConflict()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }));
    }

    [Fact]
    public async Task Rejecting_an_accepted_connection_is_409_StatusConflict_and_it_stays_active()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Accepting_a_rejected_connection_is_409_StatusConflict()
    {
        var id = await _h.CreateCrossAccountAsync();
        await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.ConsultFailed, await _h.StatusAsync(id));
    }
}
