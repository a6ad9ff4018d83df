using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// clientToken end to end: the same token with the same request replays the first result and changes nothing; the same
/// token with a different request is 403 IdempotentParameterMismatch.
/// </summary>
public sealed class IdempotencyEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public IdempotencyEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Same_token_and_same_create_returns_the_first_connection_and_creates_nothing_new()
    {
        var request = PeerConnRequests.SameAccount();
        request.ClientToken = NewToken();

        var first = await _h.Primary.CreatePeerConnAsync(request);
        var second = await _h.Primary.CreatePeerConnAsync(request);

        Assert.Equal(first.Value.PeerConnId, second.Value.PeerConnId);
        Assert.Equal(request.ClientToken, first.ClientToken);
        Assert.Equal(request.ClientToken, second.ClientToken);
        var only = Assert.Single(_h.LiveConnectionsOf(request.LocalVpcId));
        Assert.Equal(first.Value.PeerConnId, only.PeerConnId);
    }

    [Fact]
    public async Task Same_token_with_a_different_create_is_403_IdempotentParameterMismatch()
    {
        var token = NewToken();
        var request = PeerConnRequests.SameAccount(bandwidth: 10);
        request.ClientToken = token;
        await _h.Primary.CreatePeerConnAsync(request);
        var different = PeerConnRequests.SameAccount(bandwidth: 20);
        different.ClientToken = token;

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.IdempotentParameterMismatch,
            403,
            () => _h.Primary.CreatePeerConnAsync(different));

        Assert.Equal(token, error.ClientToken);
        Assert.Equal(1, error.Attempts);
        Assert.Empty(_h.LiveConnectionsOf(different.LocalVpcId));
        Assert.Single(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Same_token_on_another_operation_is_403_IdempotentParameterMismatch()
    {
        var token = NewToken();
        var create = PeerConnRequests.SameAccount(bandwidth: 10);
        create.ClientToken = token;
        var id = (await _h.Primary.CreatePeerConnAsync(create)).Value.PeerConnId!;

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.IdempotentParameterMismatch,
            403,
            () => _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 30, ClientToken = token }));

        Assert.Equal(10, (await _h.DetailAsync(id)).Value.BandwidthInMbps);
    }

    [Fact]
    public async Task Same_token_and_same_resize_applies_once()
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: 10);
        var resize = new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 40, ClientToken = NewToken() };
        await _h.Primary.ResizePeerConnAsync(resize);
        var etag = (await _h.DetailAsync(id)).ETag;

        await _h.Primary.ResizePeerConnAsync(resize);

        var after = await _h.DetailAsync(id);
        Assert.Equal(40, after.Value.BandwidthInMbps);
        Assert.Equal(etag, after.ETag);
    }

    [Fact]
    public async Task Repeating_an_accept_with_its_token_replays_success_instead_of_a_status_conflict()
    {
        var id = await _h.CreateCrossAccountAsync();
        var accept = new AcceptPeerConnApplyRequest { PeerConnId = id, ClientToken = NewToken() };
        await _h.Secondary.AcceptPeerConnApplyAsync(accept);

        var replay = await _h.Secondary.AcceptPeerConnApplyAsync(accept);

        Assert.Equal(200, replay.Status);
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
        // A new token is a new request, and accepting an active connection is a conflict.
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }));
    }

    [Fact]
    public async Task Repeating_a_delete_with_its_token_replays_success_instead_of_not_found()
    {
        var id = await _h.CreateSameAccountAsync();
        var delete = new DeletePeerConnRequest { PeerConnId = id, ClientToken = NewToken() };
        await _h.Primary.DeletePeerConnAsync(delete);

        var replay = await _h.Primary.DeletePeerConnAsync(delete);

        Assert.Equal(200, replay.Status);
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Tokens_are_per_account()
    {
        var token = NewToken();
        var mine = PeerConnRequests.SameAccount();
        mine.ClientToken = token;
        var theirs = PeerConnRequests.SameAccount();
        theirs.ClientToken = token;

        var first = await _h.Primary.CreatePeerConnAsync(mine);
        var second = await _h.Secondary.CreatePeerConnAsync(theirs);

        Assert.NotEqual(first.Value.PeerConnId, second.Value.PeerConnId);
        Assert.Single(_h.LiveConnectionsOf(theirs.LocalVpcId));
    }

    [Fact]
    public async Task Calls_without_a_token_get_a_fresh_one_each_time()
    {
        var first = await _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount());
        var second = await _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.False(string.IsNullOrEmpty(first.ClientToken));
        Assert.NotEqual(first.ClientToken, second.ClientToken);
        Assert.NotEqual(first.Value.PeerConnId, second.Value.PeerConnId);
    }

    private static string NewToken() => Guid.NewGuid().ToString("D");
}
