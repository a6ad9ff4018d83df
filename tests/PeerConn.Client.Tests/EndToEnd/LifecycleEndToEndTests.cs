using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Every PeerConn operation through the generated client against the emulator, on the happy path: what the call
/// answers and what a later read shows.
/// </summary>
public sealed class LifecycleEndToEndTests : IClassFixture<EmulatorFixture>
{
    private static readonly string PrimaryAccountId = EmulatorDefaults.Primary.AccountId;
    private static readonly string SecondaryAccountId = EmulatorDefaults.Secondary.AccountId;
    private readonly EmulatorHarness _h;

    public LifecycleEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Same_account_create_is_auto_accepted_and_reads_back_every_field()
    {
        var request = PeerConnRequests.SameAccount(bandwidth: 20);
        request.Description = "e2e same account";
        request.LocalIfName = "if-local";
        request.PeerIfName = "if-peer";
        request.Tags = [new Tag { TagKey = "team", TagValue = "net" }];
        var before = _h.Clock.GetUtcNow();

        var created = await _h.Primary.CreatePeerConnAsync(request);

        Assert.Equal(200, created.Status);
        Assert.Matches("^peerconn-[a-z0-9]{12}$", created.Value.PeerConnId);
        Assert.False(string.IsNullOrEmpty(created.ClientToken));
        Assert.False(string.IsNullOrEmpty(created.RequestId));
        Assert.Equal(1, created.Attempts);

        var detail = (await _h.DetailAsync(created.Value.PeerConnId!)).Value;
        Assert.Equal(created.Value.PeerConnId, detail.PeerConnId);
        Assert.Equal(PeerConnRole.Initiator, detail.Role);
        Assert.Equal(PeerConnStatus.Active, detail.Status);
        Assert.Equal(20, detail.BandwidthInMbps);
        Assert.Equal("e2e same account", detail.Description);
        Assert.Equal("if-local", detail.LocalIfName);
        Assert.Matches("^qpif-[a-z0-9]{12}$", detail.LocalIfId);
        Assert.Equal(request.LocalVpcId, detail.LocalVpcId);
        Assert.Equal(request.PeerVpcId, detail.PeerVpcId);
        Assert.Equal(PeerConnRequests.LocalRegion, detail.LocalRegion);
        Assert.Equal(PeerConnRequests.LocalRegion, detail.PeerRegion);
        Assert.Equal(PrimaryAccountId, detail.PeerAccountId);
        Assert.Equal(PaymentTiming.Postpaid, detail.PaymentTiming);
        Assert.Equal(DnsStatus.Close, detail.DnsStatus);
        Assert.False(detail.DeleteProtect);
        Assert.Null(detail.ExpiredTime?.Value);
        var createdTime = detail.CreatedTime?.Value;
        Assert.NotNull(createdTime);
        Assert.InRange(createdTime.Value, before.AddSeconds(-2), _h.Clock.GetUtcNow().AddSeconds(2));
        var tag = Assert.Single(detail.Tags!);
        Assert.Equal(("team", "net"), (tag.TagKey, tag.TagValue));
    }

    [Fact]
    public async Task Same_account_detail_shows_each_side_from_its_role()
    {
        var request = PeerConnRequests.SameAccount();
        request.LocalIfName = "if-local";
        request.PeerIfName = "if-peer";
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        var initiator = (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value;
        var acceptor = (await _h.DetailAsync(id, PeerConnRole.Acceptor)).Value;

        Assert.Equal(PeerConnRole.Initiator, initiator.Role);
        Assert.Equal(PeerConnRole.Acceptor, acceptor.Role);
        Assert.Equal((request.LocalVpcId, request.PeerVpcId), (initiator.LocalVpcId, initiator.PeerVpcId));
        Assert.Equal((request.PeerVpcId, request.LocalVpcId), (acceptor.LocalVpcId, acceptor.PeerVpcId));
        Assert.Equal("if-local", initiator.LocalIfName);
        Assert.Equal("if-peer", acceptor.LocalIfName);
        Assert.NotEqual(initiator.LocalIfId, acceptor.LocalIfId);
        Assert.Equal(PrimaryAccountId, initiator.PeerAccountId);
        Assert.Equal(PrimaryAccountId, acceptor.PeerAccountId);
        Assert.Equal(PeerConnStatus.Active, acceptor.Status);
    }

    [Fact]
    public async Task Cross_account_detail_shows_initiator_and_acceptor_views_to_their_owners()
    {
        var request = PeerConnRequests.CrossAccount();
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        var initiator = (await _h.DetailAsync(id, PeerConnRole.Initiator, _h.Primary)).Value;
        var acceptor = (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value;
        var acceptorWithoutRole = (await _h.DetailAsync(id, client: _h.Secondary)).Value;

        Assert.Equal(PeerConnRole.Initiator, initiator.Role);
        Assert.Equal(PeerConnStatus.Consulting, initiator.Status);
        Assert.Equal(request.LocalVpcId, initiator.LocalVpcId);
        Assert.Equal(SecondaryAccountId, initiator.PeerAccountId);

        Assert.Equal(PeerConnRole.Acceptor, acceptor.Role);
        Assert.Equal(PeerConnStatus.Consulting, acceptor.Status);
        Assert.Equal(request.PeerVpcId, acceptor.LocalVpcId);
        Assert.Equal(request.LocalVpcId, acceptor.PeerVpcId);
        Assert.Equal(PrimaryAccountId, acceptor.PeerAccountId);

        Assert.Equal(PeerConnRole.Acceptor, acceptorWithoutRole.Role);

        // Neither account can read the other's side.
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id, PeerConnRole.Initiator, _h.Secondary));
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Primary));
    }

    [Fact]
    public async Task List_by_vpc_returns_the_created_connections_with_their_fields()
    {
        var localVpcId = PeerConnRequests.NewVpcId();
        var first = await _h.CreateSameAccountAsync(localVpcId, bandwidth: 11);
        var second = await _h.CreateSameAccountAsync(localVpcId, bandwidth: 12);

        var response = await _h.Primary.ListPeerConnAsync(new ListPeerConnRequest { VpcId = localVpcId });

        var page = response.Value;
        Assert.Equal(200, response.Status);
        Assert.False(page.IsTruncated);
        Assert.Null(page.NextMarker);
        Assert.Equal(1000, page.MaxKeys);
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), page.PeerConns!.Select(p => p.PeerConnId));
        Assert.All(page.PeerConns!, p =>
        {
            Assert.Equal(localVpcId, p.LocalVpcId);
            Assert.Equal(PeerConnStatus.Active, p.Status);
        });
        Assert.Equal(11, page.PeerConns!.Single(p => p.PeerConnId == first).BandwidthInMbps);
        Assert.Equal(12, page.PeerConns!.Single(p => p.PeerConnId == second).BandwidthInMbps);
    }

    [Fact]
    public async Task Update_changes_the_callers_side_and_detail_shows_it()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();
        var mine = (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value;

        var updated = await _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest
        {
            PeerConnId = id,
            LocalIfId = mine.LocalIfId!,
            Description = "renamed by the initiator",
            LocalIfName = "if-renamed",
        });

        Assert.Equal(200, updated.Status);
        Assert.False(string.IsNullOrEmpty(updated.ClientToken));
        var after = (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value;
        Assert.Equal("renamed by the initiator", after.Description);
        Assert.Equal("if-renamed", after.LocalIfName);
        Assert.Equal(mine.LocalIfId, after.LocalIfId);
        Assert.Equal(PeerConnStatus.Active, after.Status);
        var theirs = (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value;
        Assert.NotEqual("renamed by the initiator", theirs.Description);
        Assert.NotEqual("if-renamed", theirs.LocalIfName);
    }

    [Fact]
    public async Task Acceptor_updates_its_own_side_of_a_cross_account_connection()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();
        var theirs = (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value;

        await _h.Secondary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = theirs.LocalIfId!, Description = "acceptor side" });

        Assert.Equal("acceptor side", (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value.Description);
        Assert.NotEqual("acceptor side", (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value.Description);
    }

    [Fact]
    public async Task Accept_moves_a_cross_account_connection_from_consulting_to_active()
    {
        var id = await _h.CreateCrossAccountAsync();
        Assert.Equal(PeerConnStatus.Consulting, await _h.StatusAsync(id));

        var accepted = await _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });

        Assert.Equal(200, accepted.Status);
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
        Assert.Equal(PeerConnStatus.Active, (await _h.DetailAsync(id, client: _h.Secondary)).Value.Status);
        Assert.Equal("active", _h.Emulator.State.Find(id)!.Status);
    }

    [Fact]
    public async Task Reject_moves_a_cross_account_connection_from_consulting_to_consult_failed()
    {
        var id = await _h.CreateCrossAccountAsync();

        var rejected = await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });

        Assert.Equal(200, rejected.Status);
        Assert.Equal(PeerConnStatus.ConsultFailed, await _h.StatusAsync(id));
        Assert.Equal(PeerConnStatus.ConsultFailed, (await _h.DetailAsync(id, client: _h.Secondary)).Value.Status);
    }

    [Fact]
    public async Task Delete_removes_the_connection_and_frees_the_vpc_pair()
    {
        var request = PeerConnRequests.SameAccount();
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        var deleted = await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        Assert.Equal(200, deleted.Status);
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id));
        var listed = await _h.Primary.ListPeerConnAsync(new ListPeerConnRequest { VpcId = request.LocalVpcId });
        Assert.Empty(listed.Value.PeerConns!);

        var again = await _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(request.LocalVpcId, request.PeerVpcId));
        Assert.NotEqual(id, again.Value.PeerConnId);
        Assert.Single(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Initiator_deletes_a_rejected_cross_account_connection()
    {
        var id = await _h.CreateCrossAccountAsync();
        await _h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id });

        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id, client: _h.Secondary));
    }

    [Fact]
    public async Task Resize_moves_postpaid_bandwidth_up_and_down()
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: 10);

        await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 50 });
        Assert.Equal(50, (await _h.DetailAsync(id)).Value.BandwidthInMbps);

        await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 5 });
        var detail = (await _h.DetailAsync(id)).Value;
        Assert.Equal(5, detail.BandwidthInMbps);
        Assert.Equal(PeerConnStatus.Active, detail.Status);
    }

    [Fact]
    public async Task Resize_moves_prepaid_bandwidth_up()
    {
        var id = await _h.CreatePrepaidAsync(bandwidth: 10);

        await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 100 });

        Assert.Equal(100, (await _h.DetailAsync(id)).Value.BandwidthInMbps);
    }

    [Fact]
    public async Task Prepaid_cross_region_connection_reads_back_its_expiry_and_renew_extends_it()
    {
        var request = PeerConnRequests.PrepaidCrossRegion(months: 1);
        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;
        var detail = (await _h.DetailAsync(id)).Value;
        Assert.Equal(PeerConnStatus.Active, detail.Status);
        Assert.Equal(PaymentTiming.Prepaid, detail.PaymentTiming);
        Assert.Equal(PeerConnRequests.LocalRegion, detail.LocalRegion);
        Assert.Equal(PeerConnRequests.OtherRegion, detail.PeerRegion);
        var created = detail.CreatedTime!.Value.Value!.Value;
        var expires = detail.ExpiredTime!.Value.Value!.Value;
        Assert.Equal(created.AddMonths(1), expires);

        var renewed = await _h.Primary.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 2));

        Assert.Equal(200, renewed.Status);
        var after = (await _h.DetailAsync(id)).Value;
        Assert.Equal(expires.AddMonths(2), after.ExpiredTime!.Value.Value);
        Assert.Equal(PeerConnStatus.Active, after.Status);
    }

    [Fact]
    public async Task Open_and_close_dns_sync_move_the_dns_status_of_one_side_only()
    {
        var id = await _h.CreateSameAccountAsync();

        var opened = await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });

        Assert.Equal(200, opened.Status);
        Assert.Equal(DnsStatus.Open, (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value.DnsStatus);
        Assert.Equal(DnsStatus.Close, (await _h.DetailAsync(id, PeerConnRole.Acceptor)).Value.DnsStatus);

        await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Acceptor });
        Assert.Equal(DnsStatus.Open, (await _h.DetailAsync(id, PeerConnRole.Acceptor)).Value.DnsStatus);

        var closed = await _h.Primary.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });

        Assert.Equal(200, closed.Status);
        Assert.Equal(DnsStatus.Close, (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value.DnsStatus);
        Assert.Equal(DnsStatus.Open, (await _h.DetailAsync(id, PeerConnRole.Acceptor)).Value.DnsStatus);
        var snapshot = _h.Emulator.State.Find(id)!;
        Assert.Equal(("close", "open"), (snapshot.InitiatorDnsStatus, snapshot.AcceptorDnsStatus));
    }

    [Fact]
    public async Task Each_account_syncs_dns_for_its_own_side_of_a_cross_account_connection()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();

        await _h.Secondary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Acceptor });

        Assert.Equal(DnsStatus.Open, (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value.DnsStatus);
        Assert.Equal(DnsStatus.Close, (await _h.DetailAsync(id, PeerConnRole.Initiator)).Value.DnsStatus);
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.AccessDenied,
            403,
            () => _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Acceptor }));
    }
}
