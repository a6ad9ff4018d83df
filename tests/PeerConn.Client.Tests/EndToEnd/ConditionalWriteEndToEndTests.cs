using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// ETag and If-Match end to end: the ETag moves with every change (and only then), a current If-Match lets a write
/// through, and a stale one is 412 PreconditionFailed and changes nothing.
/// </summary>
public sealed class ConditionalWriteEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public ConditionalWriteEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Fact]
    public async Task Etag_changes_with_every_change_and_only_then()
    {
        var id = await _h.CreateCrossAccountAsync();
        var etags = new List<string>();

        async Task Record()
        {
            var first = await _h.DetailAsync(id);
            var second = await _h.DetailAsync(id);
            Assert.False(string.IsNullOrEmpty(first.ETag));
            Assert.Equal(first.ETag, second.ETag);
            etags.Add(first.ETag!);
        }

        await Record();
        await _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });
        await Record();
        var localIfId = (await _h.DetailAsync(id)).Value.LocalIfId!;
        await _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = localIfId, Description = "one" });
        await Record();
        await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 30 });
        await Record();
        await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });
        await Record();
        await _h.Primary.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });
        await Record();

        Assert.Equal(etags.Count, etags.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Both_sides_see_the_same_etag()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();

        var initiator = await _h.DetailAsync(id, PeerConnRole.Initiator);
        var acceptor = await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary);

        Assert.Equal(initiator.ETag, acceptor.ETag);
        Assert.Equal(_h.Emulator.State.Find(id)!.ETag, initiator.ETag);
    }

    [Fact]
    public async Task Update_with_the_current_etag_applies_and_with_a_stale_one_is_412_and_changes_nothing()
    {
        var id = await _h.CreateSameAccountAsync();
        var original = await _h.DetailAsync(id);
        var localIfId = original.Value.LocalIfId!;

        await _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest
        {
            PeerConnId = id,
            LocalIfId = localIfId,
            Description = "first writer",
            IfMatch = original.ETag,
        });
        var afterFirst = await _h.DetailAsync(id);
        Assert.Equal("first writer", afterFirst.Value.Description);
        Assert.NotEqual(original.ETag, afterFirst.ETag);

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PreconditionFailed,
            412,
            () => _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest
            {
                PeerConnId = id,
                LocalIfId = localIfId,
                Description = "second writer",
                IfMatch = original.ETag,
            }));

        Assert.Equal(1, error.Attempts);
        var afterSecond = await _h.DetailAsync(id);
        Assert.Equal("first writer", afterSecond.Value.Description);
        Assert.Equal(afterFirst.ETag, afterSecond.ETag);
    }

    [Fact]
    public async Task Stale_etag_on_resize_is_412_and_keeps_the_bandwidth()
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: 10);
        var stale = (await _h.DetailAsync(id)).ETag;
        await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 20 });

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PreconditionFailed,
            412,
            () => _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 99, IfMatch = stale }));

        Assert.Equal(20, (await _h.DetailAsync(id)).Value.BandwidthInMbps);
    }

    [Fact]
    public async Task Stale_etag_on_delete_is_412_and_the_connection_survives()
    {
        var id = await _h.CreateSameAccountAsync();
        var stale = (await _h.DetailAsync(id)).ETag;
        await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PreconditionFailed,
            412,
            () => _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id, IfMatch = stale }));

        Assert.False(_h.Emulator.State.Find(id)!.IsDeleted);
        var current = (await _h.DetailAsync(id)).ETag;
        await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id, IfMatch = current });
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Stale_etag_on_accept_is_412_and_the_application_stays_consulting()
    {
        var id = await _h.CreateCrossAccountAsync();
        var stale = (await _h.DetailAsync(id, client: _h.Secondary)).ETag;
        var localIfId = (await _h.DetailAsync(id)).Value.LocalIfId!;
        await _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = localIfId, Description = "changed meanwhile" });

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PreconditionFailed,
            412,
            () => _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id, IfMatch = stale }));

        Assert.Equal(PeerConnStatus.Consulting, await _h.StatusAsync(id));
    }
}
