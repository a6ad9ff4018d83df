using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// RefundPeerConn and UpdatePeerConnDeleteProtect through the generated client: a refund releases a Prepaid
/// connection, its refusals surface as typed errors, and delete protection blocks Delete until it is switched off.
/// </summary>
public sealed class RefundAndDeleteProtectEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public RefundAndDeleteProtectEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Refunding_an_active_unexpired_prepaid_connection_releases_it()
    {
        var id = await _h.CreatePrepaidAsync(months: 12);

        var response = await _h.Primary.RefundPeerConnAsync(new RefundPeerConnRequest { PeerConnId = id });

        Assert.Equal(200, response.Status);
        Assert.False(string.IsNullOrEmpty(response.RequestId));
        Assert.False(string.IsNullOrEmpty(response.ClientToken));
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id));
    }

    [Fact]
    public async Task The_refund_shorthand_releases_a_cross_account_connection_for_the_initiator()
    {
        var id = await _h.CreatePrepaidAsync(peerAccountId: EmulatorDefaults.Secondary.AccountId);
        await _h.Secondary.AcceptPeerConnApplyAsync(id);

        await _h.Primary.RefundPeerConnAsync(id);

        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Refunding_a_postpaid_connection_is_400_PostpaidRefundUnsupported()
    {
        var id = await _h.CreateSameAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PostpaidRefundUnsupported,
            400,
            () => _h.Primary.RefundPeerConnAsync(id));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Refunding_a_connection_across_the_mainland_border_is_400_CrossBorderRefundUnsupported()
    {
        var request = PeerConnRequests.PrepaidCrossRegion();
        request.PeerRegion = "hkg";
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.CrossBorderRefundUnsupported,
            400,
            () => _h.Primary.RefundPeerConnAsync(id));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task The_acceptor_refunding_a_cross_account_connection_is_403_NotInitiator()
    {
        var id = await _h.CreatePrepaidAsync(peerAccountId: EmulatorDefaults.Secondary.AccountId);
        await _h.Secondary.AcceptPeerConnApplyAsync(id);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotInitiator,
            403,
            () => _h.Secondary.RefundPeerConnAsync(new RefundPeerConnRequest { PeerConnId = id }));

        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Refunding_a_delete_protected_connection_is_400_DeleteProtected_until_protection_is_off()
    {
        var id = await _h.CreatePrepaidAsync();
        await _h.Primary.UpdatePeerConnDeleteProtectAsync(id, true);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DeleteProtected,
            400,
            () => _h.Primary.RefundPeerConnAsync(id));
        Assert.False(_h.Emulator.State.Find(id)!.IsDeleted);

        await _h.Primary.UpdatePeerConnDeleteProtectAsync(id, false);
        await _h.Primary.RefundPeerConnAsync(id);
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Delete_protection_on_refuses_delete_and_off_lets_it_through()
    {
        var id = await _h.CreateSameAccountAsync();

        var on = await _h.Primary.UpdatePeerConnDeleteProtectAsync(new UpdatePeerConnDeleteProtectRequest { PeerConnId = id, DeleteProtect = true });
        Assert.Equal(200, on.Status);
        Assert.True((await _h.DetailAsync(id)).Value.DeleteProtect);
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.DeleteProtected,
            400,
            () => _h.Primary.DeletePeerConnAsync(id));
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));

        await _h.Primary.UpdatePeerConnDeleteProtectAsync(new UpdatePeerConnDeleteProtectRequest { PeerConnId = id, DeleteProtect = false });
        Assert.False((await _h.DetailAsync(id)).Value.DeleteProtect);
        await _h.Primary.DeletePeerConnAsync(id);
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task The_acceptor_changing_delete_protection_is_403_NotInitiator()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NotInitiator,
            403,
            () => _h.Secondary.UpdatePeerConnDeleteProtectAsync(id, true));

        Assert.False((await _h.DetailAsync(id)).Value.DeleteProtect);
    }

    [Fact]
    public async Task Delete_protection_honours_if_match()
    {
        var id = await _h.CreateSameAccountAsync();
        var etag = (await _h.DetailAsync(id)).ETag;
        await _h.Primary.ResizePeerConnAsync(id, 20);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PreconditionFailed,
            412,
            () => _h.Primary.UpdatePeerConnDeleteProtectAsync(new UpdatePeerConnDeleteProtectRequest { PeerConnId = id, DeleteProtect = true, IfMatch = etag }));

        Assert.False((await _h.DetailAsync(id)).Value.DeleteProtect);
    }

    [Theory]
    [InlineData(FaultKind.Status500AfterWrite)]
    [InlineData(FaultKind.DropConnectionAfterWrite)]
    public async Task A_refund_whose_answer_was_lost_is_retried_with_its_token_and_succeeds(FaultKind kind)
    {
        await using var own = await EmulatorHarness.StartAsync();
        var id = await own.CreatePrepaidAsync();
        own.Emulator.Faults.Add(new FaultRule(kind) { Operation = OperationNames.RefundPeerConn, Times = 1 });

        var response = await own.Primary.RefundPeerConnAsync(id);

        Assert.Equal(2, response.Attempts);
        Assert.Equal(2, own.Emulator.Faults.RequestsSeen[OperationNames.RefundPeerConn]);
        Assert.True(own.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task A_delete_protection_change_is_retried_through_a_503()
    {
        await using var own = await EmulatorHarness.StartAsync();
        var id = await own.CreateSameAccountAsync();
        own.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.UpdatePeerConnDeleteProtect, Times = 1 });

        var response = await own.Primary.UpdatePeerConnDeleteProtectAsync(id, true);

        Assert.Equal(2, response.Attempts);
        Assert.True((await own.DetailAsync(id)).Value.DeleteProtect);
    }
}
