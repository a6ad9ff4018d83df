using Bce.Emulator;
using Bce.Vpc.PeerConnections;
using PeerConn.Client.Tests.EndToEnd.Infrastructure;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// Malformed input: what the spec bounds is refused by the client before anything is sent; what only the service
/// knows (reservation periods, interface ownership) comes back as a typed 400.
/// </summary>
public sealed class RequestValidationEndToEndTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorHarness _h;

    public RequestValidationEndToEndTests(EmulatorFixture fixture) => _h = fixture.Harness;

    [Theory]
    [InlineData(10)]
    [InlineData(13)]
    [InlineData(0)]
    public async Task Create_with_a_reservation_length_the_service_does_not_sell_is_400_InappropriateJSON(int months)
    {
        var request = PeerConnRequests.PrepaidCrossRegion(months: months);

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InappropriateJSON, 400, () => _h.Primary.CreatePeerConnAsync(request));

        Assert.Empty(_h.LiveConnectionsOf(request.LocalVpcId));
    }

    [Fact]
    public async Task Create_with_a_reservation_unit_other_than_month_is_400_InappropriateJSON()
    {
        var request = PeerConnRequests.PrepaidCrossRegion();
        request.Billing.Reservation!.ReservationTimeUnit = "year";

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InappropriateJSON, 400, () => _h.Primary.CreatePeerConnAsync(request));
    }

    [Fact]
    public async Task Reservation_unit_is_case_insensitive()
    {
        var request = PeerConnRequests.PrepaidCrossRegion(months: 2);
        request.Billing.Reservation!.ReservationTimeUnit = "month";

        var id = (await _h.Primary.CreatePeerConnAsync(request)).Value.PeerConnId!;

        Assert.Equal(PaymentTiming.Prepaid, (await _h.DetailAsync(id)).Value.PaymentTiming);
    }

    [Fact]
    public async Task Renew_with_a_reservation_length_the_service_does_not_sell_is_400_InappropriateJSON_and_keeps_the_expiry()
    {
        var id = await _h.CreatePrepaidAsync();
        var expiry = (await _h.DetailAsync(id)).Value.ExpiredTime;

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InappropriateJSON, 400, () => _h.Primary.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 11)));

        Assert.Equal(expiry, (await _h.DetailAsync(id)).Value.ExpiredTime);
    }

    [Fact]
    public async Task Prepaid_without_a_reservation_is_400_InappropriateJSON()
    {
        var request = PeerConnRequests.PrepaidCrossRegion();
        request.Billing.Reservation = null;

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InappropriateJSON, 400, () => _h.Primary.CreatePeerConnAsync(request));
    }

    [Fact]
    public async Task Update_naming_an_interface_that_is_not_the_callers_is_400_InvalidParameter()
    {
        var id = await _h.CreateAcceptedCrossAccountAsync();
        var theirs = (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value.LocalIfId!;

        await ServiceError.ThrowsAsync(
            PeerConnErrorCodes.InvalidParameter,
            400,
            () => _h.Primary.UpdatePeerConnAsync(new UpdatePeerConnRequest { PeerConnId = id, LocalIfId = theirs, Description = "hijack" }));

        Assert.NotEqual("hijack", (await _h.DetailAsync(id, PeerConnRole.Acceptor, _h.Secondary)).Value.Description);
    }

    [Fact]
    public async Task Peer_vpc_of_another_account_without_peer_account_id_is_400_InvalidParameter()
    {
        var request = PeerConnRequests.SameAccount(peerVpcId: EmulatorDefaults.SecondaryVpcA);

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.InvalidParameter, 400, () => _h.Primary.CreatePeerConnAsync(request));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10001)]
    public async Task Bandwidth_outside_the_spec_range_is_refused_before_sending(int bandwidth)
    {
        var before = Seen(OperationNames.CreatePeerConn);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _h.Primary.CreatePeerConnAsync(PeerConnRequests.SameAccount(bandwidth: bandwidth)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _h.Primary.ResizePeerConnAsync(new ResizePeerConnRequest { PeerConnId = "peerconn-any", NewBandwidthInMbps = bandwidth }));

        Assert.Equal(before, Seen(OperationNames.CreatePeerConn));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Page_size_outside_the_spec_range_is_refused_before_sending(int maxKeys)
    {
        var before = Seen(OperationNames.ListPeerConn);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => _h.Primary.ListPeerConnAsync(new ListPeerConnRequest { MaxKeys = maxKeys }));
        Assert.ThrowsAny<ArgumentException>(() => _h.Primary.ListAllPeerConnsAsync(new ListPeerConnRequest { MaxKeys = maxKeys }));

        Assert.Equal(before, Seen(OperationNames.ListPeerConn));
    }

    [Fact]
    public async Task Renewing_a_prepaid_application_still_consulting_is_409_StatusConflict()
    {
        var id = await _h.CreatePrepaidAsync(peerAccountId: EmulatorDefaults.Secondary.AccountId);

        await ServiceError.ThrowsAsync(PeerConnErrorCodes.StatusConflict, 409, () => _h.Primary.RenewPeerConnAsync(PeerConnRequests.Renew(id, months: 1)));
    }

    private int Seen(string operation) => _h.Emulator.Faults.RequestsSeen.GetValueOrDefault(operation);
}
