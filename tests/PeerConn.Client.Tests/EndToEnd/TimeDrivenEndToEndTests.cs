using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using Microsoft.Extensions.Time.Testing;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Days pass on a clock shared by the client (signing) and the emulator (business time): the 7-day accept timeout,
/// prepaid expiry, clientToken lifetime; and what happens when the two clocks disagree.
/// </summary>
public sealed class TimeDrivenEndToEndTests
{
    private static readonly TimeSpan SevenDays = TimeSpan.FromDays(7);

    [Fact]
    public async Task Unanswered_application_turns_consult_failed_after_seven_days_and_can_no_longer_be_accepted()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await EmulatorHarness.StartAsync(
            new EmulatorOptions { TimeProvider = clock },
            // On a fake clock nothing may wait on a timer: no back-off, no attempt timeout.
            o =>
            {
                o.Retry.MaxRetries = 0;
                o.AttemptTimeout = Timeout.InfiniteTimeSpan;
            });
        var request = PeerConnRequests.CrossAccount();
        var id = (await h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        clock.Advance(SevenDays - TimeSpan.FromMinutes(1));
        Assert.Equal(PeerConnStatus.Consulting, await h.StatusAsync(id));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(PeerConnStatus.ConsultFailed, await h.StatusAsync(id));
        Assert.Equal(PeerConnStatus.ConsultFailed, (await h.DetailAsync(id, client: h.Secondary)).Value.Status);
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.StatusConflict,
            409,
            () => h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = id }));
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.VpcPairExists,
            409,
            () => h.Primary.CreatePeerConnAsync(PeerConnRequests.CrossAccount(request.LocalVpcId, request.PeerVpcId)));

        await h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });
        var again = (await h.Primary.CreatePeerConnAsync(PeerConnRequests.CrossAccount(request.LocalVpcId, request.PeerVpcId))).Value.PeerConnId!;
        await h.Secondary.AcceptPeerConnApplyAsync(new AcceptPeerConnApplyRequest { PeerConnId = again });
        Assert.Equal(PeerConnStatus.Active, await h.StatusAsync(again));
    }

    [Fact]
    public async Task Accepted_connection_is_not_failed_by_the_seven_day_timeout()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        var id = await h.CreateAcceptedCrossAccountAsync();

        clock.Advance(SevenDays + TimeSpan.FromDays(1));

        Assert.Equal(PeerConnStatus.Active, await h.StatusAsync(id));
    }

    [Fact]
    public async Task Prepaid_connection_expires_after_its_period_and_can_then_be_deleted()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        var id = await h.CreatePrepaidAsync(months: 1);
        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.PrepaidNotExpired,
            400,
            () => h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id }));

        clock.Advance(TimeSpan.FromDays(32));

        Assert.Equal(PeerConnStatus.Expired, await h.StatusAsync(id));
        await h.Primary.DeletePeerConnAsync(new DeletePeerConnRequest { PeerConnId = id });
        Assert.True(h.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task Renewing_an_expired_prepaid_connection_reactivates_it_from_now()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        var id = await h.CreatePrepaidAsync(months: 1);
        clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(PeerConnStatus.Expired, await h.StatusAsync(id));

        var renewedAt = clock.GetUtcNow();
        await h.Primary.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 3));

        var detail = (await h.DetailAsync(id)).Value;
        Assert.Equal(PeerConnStatus.Active, detail.Status);
        Assert.InRange(detail.ExpiredTime!.Value.Value!.Value, renewedAt.AddMonths(3).AddSeconds(-2), renewedAt.AddMonths(3).AddSeconds(2));
    }

    [Fact]
    public async Task Client_token_is_remembered_for_a_day_after_its_last_use()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        var request = PeerConnRequests.SameAccount();
        request.ClientToken = Guid.NewGuid().ToString("D");
        var id = (await h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId;

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(id, (await h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId);
        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(id, (await h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId);

        clock.Advance(TimeSpan.FromHours(25));

        // Forgotten: the same request is handled afresh, and the pair it asks for already exists.
        await ServiceError.ThrowsAsync(PeerConnErrorCodes.VpcPairExists, 409, () => h.Primary.CreatePeerConnAsync(request));
        Assert.Single(h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Client_clock_an_hour_behind_the_service_fails_with_RequestExpired_after_retrying()
    {
        var clock = new MovableClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { TimeProvider = clock });
        var behind = h.NewClient(EmulatorHarness.PrimaryCredentials, o => o.TimeProvider = TimeProvider.System);
        clock.Advance(TimeSpan.FromHours(1));
        var request = PeerConnRequests.SameAccount();

        var error = await ServiceError.ThrowsAsync(PeerConnErrorCodes.RequestExpired, 400, () => behind.CreatePeerConnAsync(request));

        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, h.Emulator.Faults.RequestsSeen[OperationNames.CreatePeerConn]);
        Assert.Empty(h.LiveConnectionsOf(request.LocalVpcId));
    }
}
