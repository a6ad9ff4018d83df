using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Rules on changing an existing connection: who may delete, resize and renew it, and what billing and delete
/// protection forbid. A refused change leaves the connection as it was.
/// </summary>
public sealed class ChangeRuleEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public ChangeRuleEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Acceptor_deleting_a_cross_account_connection_is_403_NotInitiator()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotInitiator,
            403,
            () => _h.Secondary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Acceptor_resizing_a_cross_account_connection_is_403_NotInitiator()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync(bandwidth: 10);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotInitiator,
            403,
            () => _h.Secondary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 20 }));

        Assert.Equal(10, (await _h.DetailAsync(id)).Value.BandwidthInMbps);
    }

    [Fact]
    public async Task Acceptor_renewing_a_prepaid_cross_account_connection_is_403_NotInitiator()
    {
        var id = await _h.CreatePrepaidAsync(peerAccountId: EmulatorDefaults.Secondary.AccountId);
        await _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });
        var expiry = (await _h.DetailAsync(id)).Value.ExpiredTime;

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotInitiator,
            403,
            () => _h.Secondary.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 1)));

        Assert.Equal(expiry, (await _h.DetailAsync(id)).Value.ExpiredTime);
    }

    [Fact]
    public async Task Deleting_an_active_unexpired_prepaid_connection_is_400_PrepaidNotExpired()
    {
        var id = await _h.CreatePrepaidAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PrepaidNotExpired,
            400,
            () => _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Initiator_may_delete_a_rejected_prepaid_connection()
    {
        var id = await _h.CreatePrepaidAsync(peerAccountId: EmulatorDefaults.Secondary.AccountId);
        await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });

        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Deleting_a_delete_protected_connection_is_400_DeleteProtected()
    {
        var request = PeerConnRequests.SameAccount();
        request.DeleteProtect = true;
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;
        Assert.True((await _h.DetailAsync(id)).Value.DeleteProtect);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DeleteProtected,
            400,
            () => _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));

        Assert.False(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Shrinking_a_prepaid_connection_is_400_PrepaidDownsizeUnsupported()
    {
        var id = await _h.CreatePrepaidAsync(bandwidth: 50);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PrepaidDownsizeUnsupported,
            400,
            () => _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 20 }));

        Assert.Equal(50, (await _h.DetailAsync(id)).Value.BandwidthInMbps);
    }

    [Fact]
    public async Task Renewing_a_postpaid_connection_is_400_PostpaidRenewUnsupported()
    {
        var id = await _h.CreateSameAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PostpaidRenewUnsupported,
            400,
            () => _h.Primary.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 1)));

        Assert.Null((await _h.DetailAsync(id)).Value.ExpiredTime?.Value);
    }
}
