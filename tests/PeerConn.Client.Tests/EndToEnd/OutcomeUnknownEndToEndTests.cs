using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;
using Bce.Emulator;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// A create that was applied but whose call then failed must say so, whatever the last attempt answered, and must be
/// resumable with the token it reports (runtime/README.md, "Resuming a write whose outcome is unknown").
/// </summary>
public sealed class OutcomeUnknownEndToEndTests : IAsyncLifetime
{
    private EmulatorHarness _h = null!;

    private FaultInjector Faults => _h.Emulator.Faults;

    public async Task InitializeAsync() => _h = await EmulatorHarness.StartAsync(new EmulatorOptions { FaultSeed = 7 });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Create_dropped_after_the_write_then_refused_with_503_reports_an_unknown_outcome_and_resumes_by_its_token()
    {
        Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 3 });
        var request = PeerConnRequests.SameAccount();

        var error = await ServiceError.ThrowsAsync("ServiceUnavailable", 503, () => _h.Primary.CreatePeerConnAsync(request));

        Assert.True(error.IsOutcomeUnknown, error.Message);
        Assert.Equal(4, error.Attempts);
        var applied = Assert.Single(_h.Emulator.State.Connections);

        // The README's recipe: the same request again, with the exception's client token.
        request.ClientToken = error.ClientToken;
        var resumed = await _h.Primary.CreatePeerConnAsync(request);

        Assert.Equal(applied.PeerConnId, resumed.Value.PeerConnId);
        Assert.Single(_h.Emulator.State.Connections);
    }

    [Fact]
    public async Task Create_refused_with_503_on_every_attempt_reports_that_nothing_was_applied()
    {
        Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn });

        var error = await ServiceError.ThrowsAsync("ServiceUnavailable", 503, () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount()));

        Assert.False(error.IsOutcomeUnknown);
        Assert.Empty(_h.Emulator.State.Connections);
    }
}
