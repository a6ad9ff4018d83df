using Bce.Emulator;
using Bce.Runtime.Errors;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Injected faults end to end: the client retries what is transient with the same clientToken, so a create (or any
/// write) that the service may or may not have applied ends with exactly one result; what is not transient surfaces
/// at once. Each test has its own emulator, so counts are exact.
/// </summary>
public sealed class FaultRetryEndToEndTests : IAsyncLifetime
{
    private EmulatorHarness _h = null!;

    private FaultInjector Faults => _h.Emulator.Faults;

    public async Task InitializeAsync() => _h = await EmulatorHarness.StartAsync(new EmulatorOptions { FaultSeed = 7 });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData(FaultKind.Status503)]
    [InlineData(FaultKind.Status502)]
    [InlineData(FaultKind.Status500)]
    [InlineData(FaultKind.Http400)]
    [InlineData(FaultKind.RequestExpired)]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.TruncatedBody)]
    public async Task Create_retried_through_faults_before_handling_creates_exactly_one_connection(FaultKind kind)
    {
        Faults.Add(new FaultRule(kind) { Operation = OperationNames.CreatePeerConn, Times = 2 });
        var request = PeerConnRequests.SameAccount();

        var response = await _h.Primary.CreatePeerConnAsync(request);

        Assert.Equal(3, response.Attempts);
        Assert.Equal(2, Faults.FaultsFired[kind]);
        Assert.Equal(3, Faults.RequestsSeen[OperationNames.CreatePeerConn]);
        var only = Assert.Single(_h.Emulator.State.Connections);
        Assert.Equal(only.PeerConnId, response.Value.PeerConnId);
        Assert.Equal(1, _h.Emulator.State.IdempotencyTokenCount);

        // The token the response reports is the one the service bound to the create: replaying it changes nothing.
        Assert.False(string.IsNullOrEmpty(response.ClientToken));
        request.ClientToken = response.ClientToken;
        var replay = await _h.Primary.CreatePeerConnAsync(request);
        Assert.Equal(only.PeerConnId, replay.Value.PeerConnId);
        Assert.Single(_h.Emulator.State.Connections);
        Assert.Equal(1, _h.Emulator.State.IdempotencyTokenCount);
    }

    [Theory]
    [InlineData(FaultKind.Status500AfterWrite)]
    [InlineData(FaultKind.DropConnectionAfterWrite)]
    public async Task Create_whose_answer_was_lost_after_the_write_is_found_again_by_its_client_token(FaultKind kind)
    {
        Faults.Add(new FaultRule(kind) { Operation = OperationNames.CreatePeerConn, Times = 1 });

        var response = await _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(2, response.Attempts);
        Assert.Equal(1, Faults.FaultsFired[kind]);
        Assert.Equal(2, Faults.RequestsSeen[OperationNames.CreatePeerConn]);
        var only = Assert.Single(_h.Emulator.State.Connections);
        Assert.Equal(only.PeerConnId, response.Value.PeerConnId);
        Assert.Equal(1, _h.Emulator.State.IdempotencyTokenCount);
    }

    [Fact]
    public async Task Create_failing_after_the_write_twice_in_a_row_still_yields_one_connection()
    {
        Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Operation = OperationNames.CreatePeerConn, Nth = 2 });

        var response = await _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(3, response.Attempts);
        var only = Assert.Single(_h.Emulator.State.Connections);
        Assert.Equal(only.PeerConnId, response.Value.PeerConnId);
    }

    [Fact]
    public async Task Delete_whose_answer_was_lost_succeeds_on_retry_instead_of_reporting_not_found()
    {
        var id = await _h.CreateSameAccountAsync();
        Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Operation = OperationNames.DeletePeerConn, Times = 1 });

        var response = await _h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });

        Assert.Equal(2, response.Attempts);
        Assert.True(_h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Accept_whose_answer_was_lost_succeeds_on_retry_instead_of_a_status_conflict()
    {
        var id = await _h.CreateCrossAccountAsync();
        Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.AcceptPeerConnApply, Times = 1 });

        var response = await _h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id });

        Assert.Equal(2, response.Attempts);
        Assert.Equal(PeerConnStatus.Active, await _h.StatusAsync(id));
    }

    [Fact]
    public async Task Resize_and_dns_sync_whose_answers_were_lost_are_applied_once()
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: 10);
        Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.ResizePeerConn, Times = 1 });
        Faults.Add(new FaultRule(FaultKind.DropConnectionAfterWrite) { Operation = OperationNames.OpenPeerConnSyncDns, Times = 1 });

        var resized = await _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 25 });
        var opened = await _h.Primary.OpenPeerConnSyncDnsAsync(new OpenPeerConnSyncDnsRequest { PeerConnId = id, Role = PeerConnRole.Initiator });

        Assert.Equal((2, 2), (resized.Attempts, opened.Attempts));
        var snapshot = _h.Emulator.State.Find(id)!;
        Assert.Equal(25, snapshot.BandwidthInMbps);
        Assert.Equal("open", snapshot.InitiatorDnsStatus);
    }

    [Fact]
    public async Task Reads_are_retried_through_faults()
    {
        var id = await _h.CreateSameAccountAsync();
        Faults.Add(new FaultRule(FaultKind.TruncatedBody) { Operation = OperationNames.GetPeerConnDetail, Times = 1 });
        Faults.Add(new FaultRule(FaultKind.Status502) { Operation = OperationNames.ListPeerConn, Times = 1 });
        Faults.Add(new FaultRule(FaultKind.DropConnection) { Operation = OperationNames.ListPeerConn, Times = 1 });

        var detail = await _h.DetailAsync(id);
        var list = await _h.Primary.ListPeerConnAsync(new ListPeerConnRequest());

        Assert.Equal((2, id), (detail.Attempts, detail.Value.PeerConnId));
        Assert.Equal(3, list.Attempts);
        Assert.Equal(id, Assert.Single(list.Value.PeerConns!).PeerConnId);
    }

    [Fact]
    public async Task A_rule_violation_is_answered_once_and_not_retried()
    {
        var vpcId = PeerConnRequests.NewVpcId();

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.SameVpc,
            400,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(vpcId, vpcId)));

        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, Faults.RequestsSeen[OperationNames.CreatePeerConn]);
    }

    [Fact]
    public async Task A_transient_fault_followed_by_a_rule_violation_stops_at_the_violation()
    {
        var request = PeerConnRequests.SameAccount();
        await _h.Primary.CreatePeerConnAsync(request);
        Faults.ResetCounters();
        Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn, Times = 1 });

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.VpcPairExists,
            409,
            () => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(request.LocalVpcId, request.PeerVpcId)));

        Assert.Equal(2, error.Attempts);
        Assert.Equal(2, Faults.RequestsSeen[OperationNames.CreatePeerConn]);
        Assert.Single(_h.Emulator.State.Connections);
    }

    [Fact]
    public async Task A_precondition_failure_is_not_retried_even_after_a_transient_fault()
    {
        var id = await _h.CreateSameAccountAsync(bandwidth: 10);
        Faults.Add(new FaultRule(FaultKind.Http400) { Operation = OperationNames.ResizePeerConn, Times = 1 });

        var error = await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PreconditionFailed,
            412,
            () => _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = id, NewBandwidthInMbps = 20, IfMatch = "\"stale\"" }));

        Assert.Equal(2, error.Attempts);
        Assert.Equal(10, _h.Emulator.State.Find(id)!.BandwidthInMbps);
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_last_fault_and_create_nothing()
    {
        Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.CreatePeerConn });

        var error = await Assert.ThrowsAsync<BceServiceException>(() => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount()));

        Assert.Equal((503, "ServiceUnavailable"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(4, error.Attempts);
        Assert.False(string.IsNullOrEmpty(error.ClientToken));
        Assert.Empty(_h.Emulator.State.Connections);
    }

    [Fact]
    public async Task Caller_retrying_with_the_token_of_a_failed_call_gets_the_connection_it_already_made()
    {
        var noRetries = _h.NewClient(EmulatorHarness.PrimaryCredentials, o => o.Retry.MaxRetries = 0);
        Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.CreatePeerConn, Times = 1 });
        var request = PeerConnRequests.SameAccount();

        var error = await ServiceError.ThrowsAsync(PeerConnErrorCodes.InternalError, 500, () => noRetries.CreatePeerConnAsync(request));
        request.ClientToken = error.ClientToken;
        var retried = await noRetries.CreatePeerConnAsync(request);

        var only = Assert.Single(_h.Emulator.State.Connections);
        Assert.Equal(only.PeerConnId, retried.Value.PeerConnId);
    }

    [Fact]
    public async Task Dropped_create_without_retries_is_reported_as_outcome_unknown_with_its_token()
    {
        var noRetries = _h.NewClient(EmulatorHarness.PrimaryCredentials, o => o.Retry.MaxRetries = 0);
        Faults.Add(new FaultRule(FaultKind.DropConnection) { Operation = OperationNames.CreatePeerConn, Times = 1 });

        var error = await Assert.ThrowsAsync<BceClientException>(() => noRetries.CreatePeerConnAsync(PeerConnRequests.SameAccount()));

        Assert.True(error.IsOutcomeUnknown);
        Assert.Equal(1, error.Attempts);
        Assert.False(string.IsNullOrEmpty(error.ClientToken));
        Assert.Empty(_h.Emulator.State.Connections);
    }

    [Fact]
    public async Task Attempt_that_hangs_is_timed_out_and_retried_without_a_duplicate()
    {
        var impatient = _h.NewClient(EmulatorHarness.PrimaryCredentials, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        Faults.Add(new FaultRule(FaultKind.Delay) { Operation = OperationNames.CreatePeerConn, Times = 1, Delay = TimeSpan.FromSeconds(3) });

        var response = await impatient.CreatePeerConnAsync(PeerConnRequests.SameAccount());

        Assert.Equal(2, response.Attempts);
        var only = Assert.Single(_h.Emulator.State.Connections);
        Assert.Equal(only.PeerConnId, response.Value.PeerConnId);
    }

    [Fact]
    public async Task Caller_cancellation_during_a_hanging_attempt_is_not_retried()
    {
        Faults.Add(new FaultRule(FaultKind.Delay) { Operation = OperationNames.CreatePeerConn, Times = 1, Delay = TimeSpan.FromSeconds(3) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(), cancel.Token));

        Assert.Equal(1, Faults.RequestsSeen[OperationNames.CreatePeerConn]);
        Assert.Empty(_h.Emulator.State.Connections);
    }

    [Fact]
    public async Task Overall_timeout_ends_a_call_whose_every_attempt_hangs()
    {
        var bounded = _h.NewClient(EmulatorHarness.PrimaryCredentials, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(150);
            o.Timeout = TimeSpan.FromMilliseconds(400);
            o.Retry.MaxRetries = 10;
        });
        Faults.Add(new FaultRule(FaultKind.Delay) { Operation = OperationNames.CreatePeerConn, Delay = TimeSpan.FromSeconds(3) });

        var error = await Assert.ThrowsAsync<BceClientException>(() => bounded.CreatePeerConnAsync(PeerConnRequests.SameAccount()));

        Assert.True(error.IsOutcomeUnknown);
        Assert.InRange(error.Attempts, 2, 4);
        Assert.False(string.IsNullOrEmpty(error.ClientToken));
    }

    [Fact]
    public async Task Exhausted_retries_on_a_gateway_html_page_surface_a_typed_502_with_the_raw_page()
    {
        Faults.Add(new FaultRule(FaultKind.Status502) { Operation = OperationNames.GetPeerConnDetail });

        var error = await Assert.ThrowsAsync<BceServiceException>(() => _h.DetailAsync("peerconn-doesnotexist"));

        Assert.Equal((502, "BadGateway"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(4, error.Attempts);
        Assert.Contains("502 Bad Gateway", error.RawContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }
}
