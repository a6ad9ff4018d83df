using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.PeerConns;

/// <summary>CreatePeerConn: the happy paths, every create-time business rule and body validation.</summary>
public sealed class CreateTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    private static readonly string Secondary = EmulatorDefaults.Secondary.AccountId;

    [Fact]
    public async Task Same_account_connection_gets_a_peerconn_id_and_is_active_at_once()
    {
        using var response = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()), Bodies.NewToken());
        var id = (await response.ShouldBeJsonAsync()).GetProperty("peerConnId").GetString()!;
        Assert.Matches("^peerconn-[a-z0-9]{12}$", id);
        Assert.Equal("active", await Scenarios.StatusAsync(session, id));
        Assert.Equal("active", await Scenarios.StatusAsync(session, id, "acceptor"));
    }

    [Fact]
    public async Task Cross_account_connection_waits_in_consulting_for_both_sides()
    {
        var id = await Scenarios.CrossAccountAsync(session);
        Assert.Equal("consulting", await Scenarios.StatusAsync(session, id));
        Assert.Equal("consulting", (await session.Secondary.GetDetailOkAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Prepaid_is_accepted_across_regions()
    {
        var id = await Scenarios.PrepaidAsync(session, months: 3);
        var detail = await session.Primary.GetDetailOkAsync(id);
        Assert.Equal("Prepaid", detail.GetProperty("paymentTiming").GetString());
        Assert.Equal("gz", detail.GetProperty("peerRegion").GetString());
    }

    [Fact]
    public async Task Python_style_body_with_spaces_a_postpaid_reservation_and_deleteProtect_false_is_accepted()
    {
        var body = $$$"""{"bandwidthInMbps": 20, "localVpcId": "{{{Bodies.NewVpcId()}}}", "peerVpcId": "{{{Bodies.NewVpcId()}}}", "peerRegion": "bj", "billing": {"paymentTiming": "Postpaid", "reservation": {"reservationLength": 1, "reservationTimeUnit": "Month"}}, "deleteProtect": false, "tags": [{"tagKey": "env", "tagValue": "test"}]}""";
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/peerconn?clientToken=" + Bodies.NewToken(), body);
        var id = (await response.ShouldBeJsonAsync()).GetProperty("peerConnId").GetString()!;
        var detail = await session.Primary.GetDetailOkAsync(id);
        Assert.Equal(20, detail.GetProperty("bandwidthInMbps").GetInt32());
        Assert.Equal("env", detail.GetProperty("tags")[0].GetProperty("tagKey").GetString());
    }

    [Fact]
    public async Task Same_vpc_is_PeerConn_SameVpc()
    {
        var vpc = Bodies.NewVpcId();
        using var response = await session.Primary.CreateAsync(Bodies.Create(vpc, vpc));
        await response.ShouldBeErrorAsync(400, "PeerConn.SameVpc");
    }

    [Fact]
    public async Task Second_connection_between_the_same_vpcs_in_either_direction_is_PeerConn_VpcPairExists()
    {
        var (a, b) = (Bodies.NewVpcId(), Bodies.NewVpcId());
        await session.Primary.CreateOkAsync(Bodies.Create(a, b));
        using var same = await session.Primary.CreateAsync(Bodies.Create(a, b));
        await same.ShouldBeErrorAsync(409, "PeerConn.VpcPairExists");
        using var reverse = await session.Primary.CreateAsync(Bodies.Create(b, a));
        await reverse.ShouldBeErrorAsync(409, "PeerConn.VpcPairExists");
    }

    [Fact]
    public async Task A_consult_failed_connection_still_holds_the_pair_until_it_is_deleted()
    {
        var (a, b) = (Bodies.NewVpcId(), Bodies.NewVpcId());
        var id = await session.Primary.CreateOkAsync(Bodies.Create(a, b, Secondary));
        using (var rejected = await session.Secondary.ActionAsync(id, "reject"))
        {
            await rejected.ShouldBeEmptyOkAsync();
        }

        using (var again = await session.Primary.CreateAsync(Bodies.Create(a, b, Secondary)))
        {
            await again.ShouldBeErrorAsync(409, "PeerConn.VpcPairExists");
        }

        using (var deleted = await session.Primary.DeleteAsync(id))
        {
            await deleted.ShouldBeEmptyOkAsync();
        }

        await session.Primary.CreateOkAsync(Bodies.Create(a, b, Secondary));
    }

    [Fact]
    public async Task Same_region_prepaid_is_PeerConn_SameRegionPrepaidUnsupported()
    {
        var body = Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId()).With("peerRegion", "bj");
        using var response = await session.Primary.CreateAsync(body);
        await response.ShouldBeErrorAsync(400, "PeerConn.SameRegionPrepaidUnsupported");
    }

    [Fact]
    public async Task PeerIfName_on_a_cross_account_connection_is_PeerConn_InvalidParameter()
    {
        var body = Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId(), Secondary).With("peerIfName", "their-side");
        using var response = await session.Primary.CreateAsync(body);
        await response.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task PeerIfName_on_a_same_account_connection_names_the_acceptor_side()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId()).With("peerIfName", "their-side"));
        Assert.Equal("their-side", (await session.Primary.GetDetailOkAsync(id, "acceptor")).GetProperty("localIfName").GetString());
    }

    [Fact]
    public async Task PeerAccountId_naming_the_caller_is_PeerConn_InvalidParameter()
    {
        var body = Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId(), EmulatorDefaults.Primary.AccountId);
        using var response = await session.Primary.CreateAsync(body);
        await response.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task An_unknown_peer_account_is_PeerConn_InvalidParameter()
    {
        using var response = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId(), "nobody"));
        await response.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Theory]
    [InlineData(EmulatorDefaults.SecondaryVpcA, null, false)]
    [InlineData(null, EmulatorDefaults.SecondaryVpcA, false)]
    [InlineData(null, EmulatorDefaults.PrimaryVpcA, true)]
    public async Task Using_a_vpc_of_another_account_is_PeerConn_InvalidParameter(string? local, string? peer, bool crossAccount)
    {
        var body = Bodies.Create(local ?? Bodies.NewVpcId(), peer ?? Bodies.NewVpcId(), crossAccount ? Secondary : null);
        using var response = await session.Primary.CreateAsync(body);
        await response.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
    }

    [Fact]
    public async Task Seeded_vpcs_peer_with_their_owners()
    {
        var id = await session.Primary.CreateOkAsync(Bodies.Create(EmulatorDefaults.PrimaryVpcA, EmulatorDefaults.SecondaryVpcB, Secondary));
        var snapshot = session.Emulator.State.Find(id)!;
        Assert.Equal(EmulatorDefaults.Secondary.AccountId, snapshot.AcceptorAccountId);
        Assert.True(snapshot.IsCrossAccount);
    }

    [Fact]
    public async Task An_undeclared_vpc_belongs_to_the_first_account_that_used_it()
    {
        var claimed = Bodies.NewVpcId();
        await session.Primary.CreateOkAsync(Bodies.Create(claimed, Bodies.NewVpcId()));
        using var response = await session.Secondary.CreateAsync(Bodies.Create(claimed, Bodies.NewVpcId()));
        await response.ShouldBeErrorAsync(400, "PeerConn.InvalidParameter");
        var peerOfSecondary = Bodies.NewVpcId();
        await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), peerOfSecondary, Secondary));
        await session.Secondary.CreateOkAsync(Bodies.Create(peerOfSecondary, Bodies.NewVpcId()));
    }

    [Fact]
    public async Task The_eleventh_connection_of_a_vpc_is_PeerConn_QuotaExceeded()
    {
        var hub = Bodies.NewVpcId();
        for (var i = 0; i < 10; i++)
        {
            await session.Primary.CreateOkAsync(Bodies.Create(hub, Bodies.NewVpcId()));
        }

        using var local = await session.Primary.CreateAsync(Bodies.Create(hub, Bodies.NewVpcId()));
        await local.ShouldBeErrorAsync(400, "PeerConn.QuotaExceeded");
        using var peer = await session.Primary.CreateAsync(Bodies.Create(Bodies.NewVpcId(), hub));
        await peer.ShouldBeErrorAsync(400, "PeerConn.QuotaExceeded");
    }

    public static TheoryData<string, object?> InvalidFields => new()
    {
        { "bandwidthInMbps", null },
        { "bandwidthInMbps", 0 },
        { "bandwidthInMbps", 10001 },
        { "bandwidthInMbps", "10" },
        { "bandwidthInMbps", 1.5 },
        { "localVpcId", null },
        { "localVpcId", "" },
        { "peerVpcId", 42 },
        { "peerRegion", null },
        { "billing", null },
        { "billing", "Postpaid" },
        { "billing", new { } },
        { "billing", new { paymentTiming = "Monthly" } },
        { "billing", new { paymentTiming = "Prepaid" } },
        { "billing", new { paymentTiming = "Prepaid", reservation = new { reservationLength = 10, reservationTimeUnit = "Month" } } },
        { "billing", new { paymentTiming = "Prepaid", reservation = new { reservationLength = 1, reservationTimeUnit = "Year" } } },
        { "billing", new { paymentTiming = "Prepaid", reservation = new { reservationTimeUnit = "Month" } } },
        { "tags", new[] { new { tagValue = "no key" } } },
        { "tags", "env=test" },
        { "deleteProtect", "yes" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Missing_wrong_typed_or_out_of_range_fields_are_InappropriateJSON(string field, object? value)
    {
        var body = Bodies.CreatePrepaid(Bodies.NewVpcId(), Bodies.NewVpcId()).With(field, value);
        using var response = await session.Primary.CreateAsync(body);
        var message = await response.ShouldBeErrorAsync(400, "InappropriateJSON");
        Assert.Contains(field, message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10000)]
    public async Task Bandwidth_limits_are_inclusive(int bandwidth)
    {
        await session.Primary.CreateOkAsync(Bodies.Create(Bodies.NewVpcId(), Bodies.NewVpcId(), bandwidth: bandwidth));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(24)]
    [InlineData(36)]
    public async Task Every_listed_reservation_length_is_accepted(int months)
    {
        await Scenarios.PrepaidAsync(session, months);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"bandwidthInMbps\":")]
    [InlineData("")]
    public async Task A_body_that_is_not_json_is_MalformedJSON(string body)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/peerconn", body);
        await response.ShouldBeErrorAsync(400, "MalformedJSON");
    }

    [Fact]
    public async Task A_json_array_body_is_InappropriateJSON()
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/peerconn", "[]");
        await response.ShouldBeErrorAsync(400, "InappropriateJSON");
    }

    [Fact]
    public async Task Rejected_creates_change_nothing()
    {
        var before = session.Emulator.State.Connections.Count;
        var vpc = Bodies.NewVpcId();
        using var response = await session.Primary.CreateAsync(Bodies.Create(vpc, vpc));
        await response.ShouldBeErrorAsync(400, "PeerConn.SameVpc");
        Assert.Equal(before, session.Emulator.State.Connections.Count);
    }
}
