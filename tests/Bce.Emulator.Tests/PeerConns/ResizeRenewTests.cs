using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>ResizePeerConn and RenewPeerConn.</summary>
public sealed class ResizeRenewTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Theory]
    [InlineData(50)]
    [InlineData(5)]
    public async Task Postpaid_bandwidth_goes_up_or_down(int bandwidth)
    {
        var id = await Scenarios.SameAccountAsync(session, bandwidth: 10);
        using var response = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = bandwidth }, clientToken: Bodies.NewToken());
        await response.ShouldBeEmptyOkAsync();
        var detail = await session.Primary.GetDetailOkAsync(id);
        Assert.Equal(bandwidth, detail.GetProperty("bandwidthInMbps").GetInt32());
        Assert.Equal("active", detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Prepaid_bandwidth_goes_up_but_down_is_PeerConn_PrepaidDownsizeUnsupported()
    {
        var id = await Scenarios.PrepaidAsync(session, bandwidth: 20);
        using (var up = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 40 }))
        {
            await up.ShouldBeEmptyOkAsync();
        }

        using var down = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 30 });
        await down.ShouldBeErrorAsync(400, "PeerConn.PrepaidDownsizeUnsupported");
        Assert.Equal(40, (await session.Primary.GetDetailOkAsync(id)).GetProperty("bandwidthInMbps").GetInt32());
    }

    [Fact]
    public async Task The_acceptor_resizing_is_PeerConn_NotInitiator()
    {
        var id = await Scenarios.CrossAccountAsync(session, accept: true);
        using var response = await session.Secondary.ActionAsync(id, "resize", new { newBandwidthInMbps = 20 });
        await response.ShouldBeErrorAsync(403, "PeerConn.NotInitiator");
    }

    [Theory]
    [InlineData("""{"newBandwidthInMbps":0}""", "InappropriateJSON")]
    [InlineData("""{"newBandwidthInMbps":10001}""", "InappropriateJSON")]
    [InlineData("""{"bandwidthInMbps":10}""", "InappropriateJSON")]
    [InlineData("", "MalformedJSON")]
    public async Task A_bad_resize_body_is_rejected(string body, string code)
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}?resize", body);
        await response.ShouldBeErrorAsync(400, code);
    }

    [Theory]
    [InlineData("Month")]
    [InlineData("month")]
    [InlineData("MONTH")]
    public async Task Renew_extends_a_prepaid_expiry_and_compares_the_unit_case_insensitively(string unit)
    {
        var id = await Scenarios.PrepaidAsync(session, months: 1);
        var body = new { billing = new { reservation = new { reservationLength = 2, reservationTimeUnit = unit } } };
        using var response = await session.Primary.ActionAsync(id, "purchaseReserved", body, clientToken: Bodies.NewToken());
        await response.ShouldBeEmptyOkAsync();
        Assert.Equal("2025-04-15 08:00:00", (await session.Primary.GetDetailOkAsync(id)).GetProperty("expiredTime").GetString());
    }

    [Fact]
    public async Task Renewing_postpaid_is_PeerConn_PostpaidRenewUnsupported()
    {
        var id = await Scenarios.SameAccountAsync(session);
        var body = new { billing = new { reservation = new { reservationLength = 1, reservationTimeUnit = "Month" } } };
        using var response = await session.Primary.ActionAsync(id, "purchaseReserved", body);
        await response.ShouldBeErrorAsync(400, "PeerConn.PostpaidRenewUnsupported");
    }

    [Fact]
    public async Task The_acceptor_renewing_is_PeerConn_NotInitiator()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId(), EmulatorDefaults.Secondary.AccountId));
        using (var accepted = await session.Secondary.ActionAsync(id, "accept"))
        {
            await accepted.ShouldBeEmptyOkAsync();
        }

        var body = new { billing = new { reservation = new { reservationLength = 1 } } };
        using var response = await session.Secondary.ActionAsync(id, "purchaseReserved", body);
        await response.ShouldBeErrorAsync(403, "PeerConn.NotInitiator");
    }

    [Theory]
    [InlineData("""{"billing":{"reservation":{"reservationLength":10,"reservationTimeUnit":"Month"}}}""")]
    [InlineData("""{"billing":{"reservation":{"reservationLength":0}}}""")]
    [InlineData("""{"billing":{"reservation":{"reservationLength":1,"reservationTimeUnit":"Year"}}}""")]
    [InlineData("""{"billing":{}}""")]
    [InlineData("""{"reservation":{"reservationLength":1}}""")]
    public async Task A_bad_reservation_is_InappropriateJSON(string body)
    {
        var id = await Scenarios.PrepaidAsync(session);
        using var response = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}?purchaseReserved", body);
        await response.ShouldBeErrorAsync(400, "InappropriateJSON");
    }

    [Fact]
    public async Task Renewing_an_expired_connection_counts_from_now_and_makes_it_active()
    {
        await using var own = await EmulatorSession.StartAsync();
        var id = await Scenarios.PrepaidAsync(own, months: 1);
        own.Time.Advance(TimeSpan.FromDays(40));
        Assert.Equal("expired", await Scenarios.StatusAsync(own, id));
        var body = new { billing = new { reservation = new { reservationLength = 1, reservationTimeUnit = "month" } } };
        using var response = await own.Primary.ActionAsync(id, "purchaseReserved", body);
        await response.ShouldBeEmptyOkAsync();
        var detail = await own.Primary.GetDetailOkAsync(id);
        Assert.Equal("active", detail.GetProperty("status").GetString());
        Assert.Equal("2025-03-24 08:00:00", detail.GetProperty("expiredTime").GetString());
    }
}
