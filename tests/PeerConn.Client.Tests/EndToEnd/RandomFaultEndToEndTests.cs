using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// A whole life cycle under a seeded random mix of faults, before and after the write, on every operation. The client
/// is sequential and the injector seeded, so the same faults fire on every run; the end state must be exactly what the
/// life cycle asks for, with no duplicate and no lost change.
/// </summary>
public sealed class RandomFaultEndToEndTests
{
    [Theory]
    [InlineData(20250115)]
    [InlineData(42)]
    public async Task Life_cycle_under_seeded_random_faults_ends_in_the_right_state(int seed)
    {
        await using var h = await EmulatorHarness.StartAsync(
            new EmulatorOptions { FaultSeed = seed },
            o => o.Retry.MaxRetries = 10);
        h.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Rate = 0.15 });
        h.Emulator.Faults.Add(new FaultRule(FaultKind.DropConnection) { Rate = 0.1 });
        h.Emulator.Faults.Add(new FaultRule(FaultKind.Http400) { Rate = 0.05 });
        h.Emulator.Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Rate = 0.1 });
        h.Emulator.Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Rate = 0.1 });
        var calls = 0;

        var crossRequest = PeerConnRequests.CrossAccount(bandwidth: 10);
        var cross = (await h.Primary.CreatePeerConnAsync(crossRequest)).Value.PeerConnId!;
        calls++;
        await h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = cross });
        calls++;
        var mine = (await h.DetailAsync(cross, PeerConnRole.Initiator)).Value;
        calls++;
        await h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = cross, LocalIfId = mine.LocalIfId!, Description = "under fire" });
        calls++;
        await h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = cross, NewBandwidthInMbps = 40 });
        calls++;
        await h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = cross, Role = PeerConnRole.Initiator });
        calls++;
        await h.Secondary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = cross, Role = PeerConnRole.Acceptor });
        calls++;
        await h.Primary.ClosePeerConnSyncDnsAsync(new ClosePeerConnSyncDnsRequest { PeerConnId = cross, Role = PeerConnRole.Initiator });
        calls++;

        var kept = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            kept.Add((await h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount())).Value.PeerConnId!);
            calls++;
        }

        var rejected = await h.CreateCrossAccountAsync();
        calls++;
        await h.Secondary.RejectPeerConnApplyAsync(new RejectPeerConnApplyRequest { PeerConnId = rejected });
        calls++;
        await h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = rejected });
        calls++;
        await h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = kept[0] });
        calls++;

        var listed = new List<string>();
        await foreach (var peerConn in h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = 2 }))
        {
            listed.Add(peerConn.PeerConnId!);
        }

        h.Emulator.Faults.Clear();

        // The faults really fired, and the client really retried through them.
        Assert.True(h.Emulator.Faults.TotalFaultsFired >= 5, $"only {h.Emulator.Faults.TotalFaultsFired} faults fired");
        Assert.True(h.Emulator.Faults.RequestsSeen.Values.Sum() > calls);

        // Exactly the connections asked for: 1 + 4 + 1 created, 2 deleted, none twice.
        var all = h.Emulator.State.Connections;
        Assert.Equal(6, all.Count);
        Assert.Equal(new[] { cross }.Concat(kept.Skip(1)).Order(StringComparer.Ordinal), listed);
        Assert.True(h.Emulator.State.Find(rejected)!.IsDeleted);
        Assert.True(h.Emulator.State.Find(kept[0])!.IsDeleted);

        var snapshot = h.Emulator.State.Find(cross)!;
        Assert.Equal("active", snapshot.Status);
        Assert.Equal(40, snapshot.BandwidthInMbps);
        Assert.Equal(("close", "open"), (snapshot.InitiatorDnsStatus, snapshot.AcceptorDnsStatus));
        var detail = (await h.DetailAsync(cross, PeerConnRole.Initiator)).Value;
        Assert.Equal("under fire", detail.Description);
        Assert.All(kept.Skip(1), id => Assert.Equal("active", h.Emulator.State.Find(id)!.Status));
    }
}
