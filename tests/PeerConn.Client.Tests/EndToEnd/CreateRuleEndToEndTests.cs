using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// The create-time business rules of wire contract §9 surface as typed errors with the exact code and status, and a
/// refused create leaves nothing behind.
/// </summary>
public sealed class CreateRuleEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public CreateRuleEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Same_vpc_on_both_ends_is_400_SameVpc()
    {
        var vpcId = PeerConnRequests.NewVpcId();

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.SameVpc,
            400,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(vpcId, vpcId)));

        Assert.Empty(_h.LiveConnectionsOf(vpcId));
    }

    [Fact]
    public async Task Second_connection_between_the_same_vpcs_is_409_VpcPairExists_in_either_direction()
    {
        var request = PeerConnRequests.SameAccount();
        await _h.Primary.CreatePeerConnAsync(request);

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.VpcPairExists,
            409,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(request.LocalVpcId, request.PeerVpcId)));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.VpcPairExists,
            409,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(request.PeerVpcId, request.LocalVpcId)));

        Assert.Single(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task A_consult_failed_connection_still_holds_the_vpc_pair_until_it_is_deleted()
    {
        var request = PeerConnRequests.CrossAccount();
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;
        await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });
        Assert.Equal(PeerConnStatus.ConsultFailed, await _h.StatusAsync(id));

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.VpcPairExists,
            409,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.CrossAccount(request.LocalVpcId, request.PeerVpcId)));

        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });
        var again = await _h.Primary.CreatePeerConnAsync(PeerConnRequests.CrossAccount(request.LocalVpcId, request.PeerVpcId));
        Assert.Equal(PeerConnStatus.Consulting, await _h.StatusAsync(again.Value.PeerConnId!));
    }

    [Fact]
    public async Task Prepaid_in_the_same_region_is_400_SameRegionPrepaidUnsupported()
    {
        var request = PeerConnRequests.PrepaidCrossRegion();
        request.PeerRegion = PeerConnRequests.LocalRegion;

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.SameRegionPrepaidUnsupported,
            400,
            () => _h.Primary.CreatePeerConnAsync(request));

        Assert.Empty(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Peer_interface_name_on_a_cross_account_connection_is_400_InvalidParameter()
    {
        var request = PeerConnRequests.CrossAccount();
        request.PeerIfName = "not-mine-to-name";

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InvalidParameter, 400, () => _h.Primary.CreatePeerConnAsync(request));

        Assert.Empty(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Peer_account_naming_the_caller_is_400_InvalidParameter()
    {
        var request = PeerConnRequests.SameAccount();
        request.PeerAccountId = EmulatorDefaults.Primary.AccountId;

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InvalidParameter, 400, () => _h.Primary.CreatePeerConnAsync(request));

        Assert.Empty(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Eleventh_connection_on_one_vpc_is_400_QuotaExceeded()
    {
        var hub = PeerConnRequests.NewVpcId();
        for (var i = 0; i < 10; i++)
        {
            await _h.CreateSameAccountAsync(hub);
        }

        var overflow = PeerConnRequests.SameAccount(hub);
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.QuotaExceeded, 400, () => _h.Primary.CreatePeerConnAsync(overflow));

        Assert.Equal(10, _h.LiveConnectionsOf(hub).Count);
        Assert.Empty(_h.LiveConnectionsOf(overflow.PeerVpcId));
    }

    [Fact]
    public async Task Quota_counts_the_peer_vpc_too()
    {
        var hub = PeerConnRequests.NewVpcId();
        for (var i = 0; i < 10; i++)
        {
            await _h.CreateSameAccountAsync(peerVpcId: hub);
        }

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.QuotaExceeded,
            400,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(peerVpcId: hub)));
    }

    [Fact]
    public async Task Deleting_one_connection_frees_a_quota_slot()
    {
        var hub = PeerConnRequests.NewVpcId();
        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await _h.CreateSameAccountAsync(hub));
        }

        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = ids[0] });
        await _h.CreateSameAccountAsync(hub);

        Assert.Equal(10, _h.LiveConnectionsOf(hub).Count);
    }
}
