using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>
/// RefundPeerConn (<c>PUT /v1/peerconn/{id}?refund</c>): Prepaid only, not across the mainland border, across accounts
/// only by the initiator, refused while delete-protected; a refund releases the connection as Delete does.
/// </summary>
public sealed class RefundTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Refunds_an_active_unexpired_prepaid_connection_and_releases_it()
    {
        var localVpc = Bodies.NewVpcId();
        var peerVpc = Bodies.NewVpcId();
        var id = await session.Primary.CreateOkAsync(Bodies.CreatePrepaid(localVpc, peerVpc, months: 12));
        using (var refund = await session.Primary.ActionAsync(id, "refund", clientToken: Bodies.NewToken()))
        {
            await refund.ShouldBeEmptyOkAsync();
        }

        Assert.True(session.Emulator.State.Find(id)!.IsDeleted);
        using (var detail = await session.Primary.GetDetailAsync(id))
        {
            await detail.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        using (var again = await session.Primary.ActionAsync(id, "refund"))
        {
            await again.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        // The VPC pair is free again, as after a delete.
        await session.Primary.CreateOkAsync(Bodies.CreatePrepaid(localVpc, peerVpc));
    }

    [Fact]
    public async Task The_bare_flag_works_with_or_without_an_equals_sign_and_without_a_token()
    {
        var bare = await Scenarios.PrepaidAsync(session);
        var withEquals = await Scenarios.PrepaidAsync(session);
        using (var first = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{bare}?refund"))
        {
            await first.ShouldBeEmptyOkAsync();
        }

        using (var second = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{withEquals}?refund="))
        {
            await second.ShouldBeEmptyOkAsync();
        }

        Assert.True(session.Emulator.State.Find(bare)!.IsDeleted);
        Assert.True(session.Emulator.State.Find(withEquals)!.IsDeleted);
    }

    [Fact]
    public async Task An_expired_prepaid_connection_is_refundable()
    {
        await using var own = await EmulatorSession.StartAsync();
        var id = await Scenarios.PrepaidAsync(own, months: 1);
        own.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal("expired", await Scenarios.StatusAsync(own, id));

        using var response = await own.Primary.ActionAsync(id, "refund");
        await response.ShouldBeEmptyOkAsync();
        Assert.True(own.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task A_postpaid_connection_is_PeerConn_PostpaidRefundUnsupported_and_stays_active()
    {
        var id = await Scenarios.SameAccountAsync(session);
        using var response = await session.Primary.ActionAsync(id, "refund");
        var message = await response.ShouldBeErrorAsync(400, "PeerConn.PostpaidRefundUnsupported");
        Assert.Contains("DeletePeerConn", message, StringComparison.Ordinal);
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
    }

    [Theory]
    [InlineData("bj", "hkg")]
    [InlineData("bj", "HKG")]
    [InlineData("hkg", "gz")]
    public async Task A_connection_across_the_mainland_border_is_PeerConn_CrossBorderRefundUnsupported(string emulatorRegion, string peerRegion)
    {
        await using var own = await EmulatorSession.StartAsync(o => o.Region = emulatorRegion);
        var id = await own.Primary.CreateOkAsync(
            Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId()).With("peerRegion", peerRegion));

        using var response = await own.Primary.ActionAsync(id, "refund");
        await response.ShouldBeErrorAsync(400, "PeerConn.CrossBorderRefundUnsupported");
        Assert.Equal("active", await Scenarios.StatusAsync(own, id));
    }

    [Theory]
    [InlineData("bj", "gz")]
    [InlineData("bj", "fwh")]
    [InlineData("gz", "bd")]
    public async Task A_connection_on_one_side_of_the_border_is_refundable(string emulatorRegion, string peerRegion)
    {
        await using var own = await EmulatorSession.StartAsync(o => o.Region = emulatorRegion);
        var id = await own.Primary.CreateOkAsync(
            Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId()).With("peerRegion", peerRegion));

        using var response = await own.Primary.ActionAsync(id, "refund");
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task The_acceptor_refunding_a_cross_account_connection_is_PeerConn_NotInitiator()
    {
        var id = await AcceptedCrossAccountPrepaidAsync();
        using var response = await session.Secondary.ActionAsync(id, "refund");
        await response.ShouldBeErrorAsync(403, "PeerConn.NotInitiator");
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
    }

    [Fact]
    public async Task The_initiator_refunds_a_cross_account_connection()
    {
        var id = await AcceptedCrossAccountPrepaidAsync();
        using var response = await session.Primary.ActionAsync(id, "refund");
        await response.ShouldBeEmptyOkAsync();
        using var acceptorView = await session.Secondary.GetDetailAsync(id);
        await acceptorView.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task Delete_protection_is_PeerConn_DeleteProtected_until_switched_off()
    {
        var id = await session.Primary.CreateOkAsync(
            Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId()).With("deleteProtect", true));
        using (var refused = await session.Primary.ActionAsync(id, "refund"))
        {
            await refused.ShouldBeErrorAsync(400, "PeerConn.DeleteProtected");
        }

        Assert.False(session.Emulator.State.Find(id)!.IsDeleted);
        using (var off = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}/deleteProtect", """{"deleteProtect":false}"""))
        {
            await off.ShouldBeEmptyOkAsync();
        }

        using var refunded = await session.Primary.ActionAsync(id, "refund");
        await refunded.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task Billing_is_checked_before_delete_protection()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()).With("deleteProtect", true));
        using var response = await session.Primary.ActionAsync(id, "refund");
        await response.ShouldBeErrorAsync(400, "PeerConn.PostpaidRefundUnsupported");
    }

    [Fact]
    public async Task A_refund_passes_through_deleting_and_a_second_one_meanwhile_is_PeerConn_StatusConflict()
    {
        var step = TimeSpan.FromSeconds(5);
        await using var own = await EmulatorSession.StartAsync(o => o.TransitionDuration = step);
        var id = await Scenarios.PrepaidAsync(own);
        own.Time.Advance(step);
        Assert.Equal("active", await Scenarios.StatusAsync(own, id));

        using (var refund = await own.Primary.ActionAsync(id, "refund"))
        {
            await refund.ShouldBeEmptyOkAsync();
        }

        Assert.Equal("deleting", await Scenarios.StatusAsync(own, id));
        using (var again = await own.Primary.ActionAsync(id, "refund"))
        {
            await again.ShouldBeErrorAsync(409, "PeerConn.StatusConflict");
        }

        own.Time.Advance(step);
        Assert.True(own.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task An_unknown_id_or_another_accounts_connection_is_NoSuchObject()
    {
        using (var unknown = await session.Primary.ActionAsync("peerconn-000000000000", "refund"))
        {
            await unknown.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        var id = await Scenarios.PrepaidAsync(session);
        using var stranger = await session.Secondary.ActionAsync(id, "refund");
        await stranger.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task A_refund_is_authenticated_like_every_operation()
    {
        var id = await Scenarios.PrepaidAsync(session);
        using var unsigned = await session.Primary.SendRawAsync(session.Primary.Build(HttpMethod.Put, $"/v1/peerconn/{id}?refund"));
        await unsigned.ShouldBeErrorAsync(400, "InvalidHTTPAuthHeader");
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
    }

    [Fact]
    public async Task The_same_token_replays_the_refund_and_another_request_with_it_is_IdempotentParameterMismatch()
    {
        var id = await Scenarios.PrepaidAsync(session);
        var token = Bodies.NewToken();
        using (var first = await session.Primary.ActionAsync(id, "refund", clientToken: token))
        {
            await first.ShouldBeEmptyOkAsync();
        }

        // The connection is gone, yet the retry gets the first answer, not 404.
        using (var replay = await session.Primary.SendAsync(HttpMethod.Put, $"/v1/peerconn/{id}?clientToken={token}&refund="))
        {
            await replay.ShouldBeEmptyOkAsync();
        }

        using var delete = await session.Primary.DeleteAsync(id, token);
        await delete.ShouldBeErrorAsync(403, "IdempotentParameterMismatch");
    }

    [Fact]
    public async Task A_stale_if_match_is_PreconditionFailed_and_releases_nothing()
    {
        var id = await Scenarios.PrepaidAsync(session);
        var stale = session.Emulator.State.Find(id)!.ETag;
        using (var resize = await session.Primary.ActionAsync(id, "resize", new { newBandwidthInMbps = 20 }))
        {
            await resize.ShouldBeEmptyOkAsync();
        }

        using var response = await session.Primary.ActionAsync(id, "refund", ifMatch: stale);
        await response.ShouldBeErrorAsync(412, "PreconditionFailed");
        Assert.False(session.Emulator.State.Find(id)!.IsDeleted);
    }

    [Fact]
    public async Task A_fault_before_handling_releases_nothing_and_counts_as_a_refund()
    {
        await using var own = await EmulatorSession.StartAsync();
        var id = await Scenarios.PrepaidAsync(own);
        own.Emulator.Faults.Add(new FaultRule(FaultKind.Status503) { Operation = OperationNames.RefundPeerConn, Times = 1 });

        using (var faulted = await own.Primary.ActionAsync(id, "refund"))
        {
            await faulted.ShouldBeErrorAsync(503, "ServiceUnavailable");
        }

        Assert.False(own.Emulator.State.Find(id)!.IsDeleted);
        using (var retried = await own.Primary.ActionAsync(id, "refund"))
        {
            await retried.ShouldBeEmptyOkAsync();
        }

        Assert.Equal(2, own.Emulator.Faults.RequestsSeen[OperationNames.RefundPeerConn]);
        Assert.False(own.Emulator.Faults.RequestsSeen.ContainsKey(OperationNames.UpdatePeerConn));
    }

    [Fact]
    public async Task Status500AfterWrite_releases_it_and_a_retry_with_the_token_gets_the_first_result()
    {
        await using var own = await EmulatorSession.StartAsync();
        var id = await Scenarios.PrepaidAsync(own);
        var token = Bodies.NewToken();
        own.Emulator.Faults.Add(new FaultRule(FaultKind.Status500AfterWrite) { Operation = OperationNames.RefundPeerConn, Times = 1 });

        using (var failed = await own.Primary.ActionAsync(id, "refund", clientToken: token))
        {
            await failed.ShouldBeErrorAsync(500, "InternalError");
        }

        Assert.True(own.Emulator.State.Find(id)!.IsDeleted);
        using var retry = await own.Primary.ActionAsync(id, "refund", clientToken: token);
        await retry.ShouldBeEmptyOkAsync();
    }

    private async Task<string> AcceptedCrossAccountPrepaidAsync()
    {
        var id = await session.Primary.CreateOkAsync(
            Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId(), EmulatorDefaults.Secondary.AccountId));
        using var accepted = await session.Secondary.ActionAsync(id, "accept");
        await accepted.ShouldBeEmptyOkAsync();
        return id;
    }
}
