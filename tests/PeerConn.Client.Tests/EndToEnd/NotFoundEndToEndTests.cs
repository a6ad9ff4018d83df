using Bce.Emulator;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Unknown and deleted ids surface as a typed 404 NoSuchObject on every operation, whether the service says so with
/// an error envelope or, like the real service's GetDetail, with an empty 200 body.
/// </summary>
public sealed class NotFoundEndToEndTests : IClassFixture<EmulatorFixture>
{
    private const string UnknownId = "peerconn-doesnotexist";
    private readonly EmulatorHarness _h;

    public NotFoundEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    public static TheoryData<string> Operations => new()
    {
        OperationNames.GetPeerConnDetail,
        OperationNames.UpdatePeerConn,
        OperationNames.AcceptPeerConnApply,
        OperationNames.RejectPeerConnApply,
        OperationNames.DeletePeerConn,
        OperationNames.ResizePeerConn,
        OperationNames.RenewPeerConn,
        OperationNames.OpenPeerConnSyncDns,
        OperationNames.ClosePeerConnSyncDns,
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Unknown_id_is_404_NoSuchObject(string operation)
    {
        var error = await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => Call(_h.Primary, operation, UnknownId));

        Assert.Equal(operation, error.OperationName);
        Assert.Equal(1, error.Attempts);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Deleted_id_is_404_NoSuchObject(string operation)
    {
        var id = await _h.CreateSameAccountAsync();
        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => Call(_h.Primary, operation, id));
    }

    [Fact]
    public async Task Another_accounts_same_account_connection_is_404_NoSuchObject()
    {
        var id = await _h.CreateSameAccountAsync();

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => _h.DetailAsync(id, client: _h.Secondary));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NoSuchObject,
            404,
            () => _h.Secondary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));
        Assert.False(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Empty_200_detail_of_an_unknown_id_still_raises_a_typed_404_NoSuchObject()
    {
        await using var real = await EmulatorHarness.StartAsync(new EmulatorOptions { NotFoundAsEmptyBody = true });

        var error = await ServiceError.ThrowsAsync(PeerConnErrorCodes.NoSuchObject, 404, () => real.DetailAsync(UnknownId));

        Assert.Equal(OperationNames.GetPeerConnDetail, error.OperationName);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task Empty_200_detail_of_a_deleted_id_still_raises_a_typed_404_NoSuchObject()
    {
        await using var real = await EmulatorHarness.StartAsync(new EmulatorOptions { NotFoundAsEmptyBody = true });
        var id = await real.CreateSameAccountAsync();
        Assert.Equal(PeerConnStatus.Active, await real.StatusAsync(id));
        await real.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        var error = await Assert.ThrowsAsync<BceServiceException>(() => real.DetailAsync(id));

        Assert.Equal((404, PeerConnErrorCodes.NoSuchObject), (error.StatusCode, error.ErrorCode));
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        // Only GetDetail answers with an empty body; writes keep their error envelope.
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.NoSuchObject,
            404,
            () => real.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));
    }

    private static Task Call(PeerConnClient client, string operation, string id) => operation switch
    {
        OperationNames.GetPeerConnDetail => client.GetPeerConnDetailAsync(new GetPeerConnDetailRequest { PeerConnId = id }),
        OperationNames.UpdatePeerConn => client.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = "qpif-unknown00000", Description = "x" }),
        OperationNames.AcceptPeerConnApply => client.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }),
        OperationNames.RejectPeerConnApply => client.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = id }),
        OperationNames.DeletePeerConn => client.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }),
        OperationNames.ResizePeerConn => client.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 20 }),
        OperationNames.RenewPeerConn => client.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 1)),
        OperationNames.OpenPeerConnSyncDns => client.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }),
        OperationNames.ClosePeerConnSyncDns => client.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
