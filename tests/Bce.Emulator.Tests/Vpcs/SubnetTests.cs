using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>
/// The subnet operations: CreateSubnet's placement rules (inside the VPC's block, no sibling overlap, zone, type,
/// secondary blocks, IPv6), the wrapped GetSubnetDetail, ListSubnets' filters and paging, UpdateSubnet, DeleteSubnet.
/// </summary>
public sealed class SubnetTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Create_answers_exactly_the_new_id_and_detail_wraps_the_subnet()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("172.16.0.0/16");
        var body = Bodies.Subnet(vpc, "172.16.8.0/22", "cn-bj-c", "web").With("subnetType", "BCC_NAT").With("description", "front")
            .With("tags", new[] { new { tagKey = "tier", tagValue = "web" } });
        using var created = await session.Primary.CreateSubnetAsync(body, Bodies.NewToken());
        var createdText = await created.Content.ReadAsStringAsync();
        Assert.Matches("^\\{\"subnetId\":\"sbn-[a-z0-9]{12}\"\\}$", createdText);
        var id = createdText[13..^2];

        using var response = await session.Primary.GetSubnetAsync(id);
        Assert.Equal(
            $$$"""{"subnet":{"subnetId":"{{{id}}}","name":"web","zoneName":"cn-bj-c","cidr":"172.16.8.0/22","ipv6Cidr":"","vpcId":"{{{vpc}}}","subnetType":"BCC_NAT","description":"front","createdTime":"2025-01-15T08:00:00Z","availableIp":1021,"availableUnreservedIp":1021,"tags":[{"tagKey":"tier","tagValue":"web"}]}}""",
            await response.Content.ReadAsStringAsync());
        Assert.Matches("^\"[0-9a-f]{20}\"$", response.Headers.ETag!.ToString());
    }

    [Theory]
    [InlineData("10.0.0.0/29", 5)]
    [InlineData("10.0.0.0/24", 253)]
    [InlineData("10.0.0.0/16", 65533)]
    public async Task AvailableIp_is_the_block_size_minus_the_three_system_addresses(string cidr, int available)
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var id = await session.Primary.CreateSubnetOkAsync(vpc, cidr);
        Assert.Equal(available, (await session.Primary.GetSubnetOkAsync(id)).GetProperty("availableIp").GetInt32());
    }

    [Theory]
    [InlineData("10.1.0.0/24", "does not lie inside")]
    [InlineData("10.0.0.0/15", "does not lie inside")]
    [InlineData("10.0.0.0/30", "smaller than /29")]
    [InlineData("10.0.0.1/24", "host bits")]
    [InlineData("10.0.0/24", "not an IPv4 CIDR")]
    public async Task A_cidr_outside_the_vpc_too_small_or_malformed_is_Vpc_InvalidCidr(string cidr, string reason)
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using var response = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, cidr));
        Assert.Contains(reason, await response.ShouldBeErrorAsync(400, "Vpc.InvalidCidr"));
    }

    [Theory]
    [InlineData("10.0.1.0/24")]
    [InlineData("10.0.1.128/25")]
    [InlineData("10.0.0.0/23")]
    public async Task A_cidr_overlapping_a_sibling_is_Vpc_CidrConflict(string cidr)
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var sibling = await session.Primary.CreateSubnetOkAsync(vpc, "10.0.1.0/24");
        using var response = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, cidr));
        Assert.Contains(sibling, await response.ShouldBeErrorAsync(409, "Vpc.CidrConflict"));
    }

    [Fact]
    public async Task Subnets_of_different_vpcs_may_overlap()
    {
        var first = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var second = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        await session.Primary.CreateSubnetOkAsync(first, "10.0.0.0/24");
        await session.Primary.CreateSubnetOkAsync(second, "10.0.0.0/24");
    }

    [Fact]
    public async Task A_subnet_in_a_secondary_block_names_it_in_vpcSecondaryCidr()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using (var update = await session.Primary.UpdateVpcAsync(vpc, new { name = "n", secondaryCidr = new[] { "10.9.0.0/16" } }))
        {
            await update.ShouldBeEmptyOkAsync();
        }

        using (var unnamed = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, "10.9.1.0/24")))
        {
            await unnamed.ShouldBeErrorAsync(400, "Vpc.InvalidCidr");
        }

        using (var wrongBlock = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, "10.9.1.0/24").With("vpcSecondaryCidr", "10.8.0.0/16")))
        {
            await wrongBlock.ShouldBeErrorAsync(400, "Vpc.InvalidParameter");
        }

        using var named = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, "10.9.1.0/24").With("vpcSecondaryCidr", "10.9.0.0/16"));
        await named.ShouldBeJsonAsync();
    }

    [Theory]
    [InlineData("cn-gz-a")]
    [InlineData("bj-a")]
    [InlineData("cn-bj-")]
    public async Task A_zone_outside_the_emulators_region_is_Vpc_InvalidParameter(string zone)
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using var response = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, "10.0.0.0/24", zone));
        Assert.Contains("zoneName", await response.ShouldBeErrorAsync(400, "Vpc.InvalidParameter"));
    }

    [Fact]
    public async Task Another_accounts_or_an_unknown_vpc_is_NoSuchObject()
    {
        using (var other = await session.Secondary.CreateSubnetAsync(Bodies.Subnet(EmulatorDefaults.PrimaryVpcA, "10.0.0.0/24")))
        {
            await other.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        using var unknown = await session.Primary.CreateSubnetAsync(Bodies.Subnet("vpc-000000000000", "10.0.0.0/24"));
        await unknown.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    public static TheoryData<string, object?> InvalidFields => new()
    {
        { "name", null },
        { "name", "default" },
        { "zoneName", null },
        { "vpcId", "" },
        { "cidr", null },
        { "subnetType", "VM" },
        { "subnetType", "bcc" },
        { "description", new string('d', 201) },
        { "enableIpv6", 1 },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Missing_wrong_typed_or_out_of_range_fields_are_InappropriateJSON(string field, object? value)
    {
        using var response = await session.Primary.CreateSubnetAsync(Bodies.Subnet(EmulatorDefaults.PrimaryVpcA, "10.0.200.0/24").With(field, value));
        Assert.Contains(field, await response.ShouldBeErrorAsync(400, "InappropriateJSON"));
    }

    [Fact]
    public async Task Ipv6_needs_the_vpcs_ipv6_and_takes_the_next_free_64()
    {
        var plain = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using (var refused = await session.Primary.CreateSubnetAsync(Bodies.Subnet(plain, "10.0.0.0/24").With("enableIpv6", true)))
        {
            await refused.ShouldBeErrorAsync(400, "Vpc.InvalidParameter");
        }

        using var created = await session.Primary.CreateVpcAsync(Bodies.Vpc("10.0.0.0/16").With("enableIpv6", true));
        var vpc = (await created.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;
        var block = (await session.Primary.GetVpcOkAsync(vpc)).GetProperty("ipv6Cidr").GetString()!.Replace("::/56", string.Empty);
        var first = await CreateWithIpv6Async(vpc, "10.0.1.0/24");
        var second = await CreateWithIpv6Async(vpc, "10.0.2.0/24");
        Assert.Equal(block + ":1::/64", (await session.Primary.GetSubnetOkAsync(first)).GetProperty("ipv6Cidr").GetString());
        Assert.Equal(block + ":2::/64", (await session.Primary.GetSubnetOkAsync(second)).GetProperty("ipv6Cidr").GetString());
    }

    [Fact]
    public async Task ListSubnets_filters_by_vpc_zone_type_and_ids_and_shows_only_the_callers()
    {
        await using var own = await EmulatorSession.StartAsync();
        var vpc = await own.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var a = await own.Primary.CreateSubnetOkAsync(vpc, "10.0.1.0/24", "cn-bj-a");
        var b = await own.Primary.CreateSubnetOkAsync(vpc, "10.0.2.0/24", "cn-bj-b");
        using (var bbc = await own.Primary.CreateSubnetAsync(Bodies.Subnet(EmulatorDefaults.PrimaryVpcA, "10.0.3.0/24").With("subnetType", "BBC")))
        {
            await bbc.ShouldBeJsonAsync();
        }

        var c = own.Emulator.State.Subnets.Single(s => s.VpcId == EmulatorDefaults.PrimaryVpcA).SubnetId;
        var theirs = await own.Secondary.CreateSubnetOkAsync(EmulatorDefaults.SecondaryVpcA, "10.3.0.0/24");

        Assert.Equal(new[] { a, b, c }.Order(StringComparer.Ordinal), (await own.Primary.ListSubnetsOkAsync()).Ids("subnets", "subnetId"));
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), (await own.Primary.ListSubnetsOkAsync("vpcId=" + vpc)).Ids("subnets", "subnetId"));
        Assert.Equal([b], (await own.Primary.ListSubnetsOkAsync("zoneName=cn-bj-b")).Ids("subnets", "subnetId"));
        Assert.Equal([c], (await own.Primary.ListSubnetsOkAsync("subnetType=BBC")).Ids("subnets", "subnetId"));
        Assert.Equal([a], (await own.Primary.ListSubnetsOkAsync($"subnetIds={a}%2C{theirs}")).Ids("subnets", "subnetId"));
        Assert.Empty((await own.Primary.ListSubnetsOkAsync("vpcId=" + EmulatorDefaults.SecondaryVpcA)).Ids("subnets", "subnetId"));
        Assert.Equal([theirs], (await own.Secondary.ListSubnetsOkAsync()).Ids("subnets", "subnetId"));
    }

    [Fact]
    public async Task ListSubnets_pages_with_marker_and_maxKeys()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await session.Primary.CreateSubnetOkAsync(vpc, $"10.0.{i}.0/24"));
        }

        var first = await session.Primary.ListSubnetsOkAsync($"vpcId={vpc}&maxKeys=2");
        Assert.True(first.GetProperty("isTruncated").GetBoolean());
        var next = first.GetProperty("nextMarker").GetString()!;
        var second = await session.Primary.ListSubnetsOkAsync($"vpcId={vpc}&maxKeys=2&marker={next}");
        Assert.Equal(next, second.GetProperty("marker").GetString());
        var third = await session.Primary.ListSubnetsOkAsync($"vpcId={vpc}&maxKeys=2&marker={second.GetProperty("nextMarker").GetString()}");
        Assert.False(third.GetProperty("isTruncated").GetBoolean());
        Assert.Equal(
            created.Order(StringComparer.Ordinal),
            first.Ids("subnets", "subnetId").Concat(second.Ids("subnets", "subnetId")).Concat(third.Ids("subnets", "subnetId")));
    }

    [Theory]
    [InlineData("subnetType=VM")]
    [InlineData("maxKeys=0")]
    public async Task ListSubnets_with_a_bad_query_value_is_InvalidHTTPRequest(string query)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Get, "/v1/subnet?" + query);
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    [Fact]
    public async Task Update_sets_name_description_and_ipv6_and_needs_the_flag()
    {
        using var created = await session.Primary.CreateVpcAsync(Bodies.Vpc("10.0.0.0/16").With("enableIpv6", true));
        var vpc = (await created.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;
        var id = await session.Primary.CreateSubnetOkAsync(vpc, "10.0.0.0/24");
        using (var unflagged = await session.Primary.UpdateSubnetAsync(id, new { name = "x" }, query: string.Empty))
        {
            await unflagged.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
        }

        using (var response = await session.Primary.UpdateSubnetAsync(id, new { name = "renamed", description = "d", enableIpv6 = true }))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        var subnet = await session.Primary.GetSubnetOkAsync(id);
        Assert.Equal(("renamed", "d"), (subnet.GetProperty("name").GetString(), subnet.GetProperty("description").GetString()));
        Assert.EndsWith(":1::/64", subnet.GetProperty("ipv6Cidr").GetString());

        using (var off = await session.Primary.UpdateSubnetAsync(id, new { name = "renamed", enableIpv6 = false }))
        {
            await off.ShouldBeEmptyOkAsync();
        }

        Assert.Null(session.Emulator.State.FindSubnet(id)!.Ipv6Cidr);
        Assert.Equal("d", (await session.Primary.GetSubnetOkAsync(id)).GetProperty("description").GetString());
    }

    [Fact]
    public async Task Update_with_a_stale_if_match_is_PreconditionFailed_and_another_accounts_subnet_is_NoSuchObject()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var id = await session.Primary.CreateSubnetOkAsync(vpc, "10.0.0.0/24");
        using (var stale = await session.Primary.UpdateSubnetAsync(id, new { name = "x" }, ifMatch: "\"stale\""))
        {
            await stale.ShouldBeErrorAsync(412, "PreconditionFailed");
        }

        using var other = await session.Secondary.UpdateSubnetAsync(id, new { name = "x" });
        await other.ShouldBeErrorAsync(404, "NoSuchObject");
        Assert.Equal("test_subnet", session.Emulator.State.FindSubnet(id)!.Name);
    }

    [Fact]
    public async Task Delete_removes_the_subnet_and_its_reserved_cidrs()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        var id = await session.Primary.CreateSubnetOkAsync(vpc, "10.0.0.0/24");
        var reserve = await session.Primary.CreateIpReserveOkAsync(id, "10.0.0.16/28");
        using (var other = await session.Secondary.DeleteSubnetAsync(id))
        {
            await other.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        using (var response = await session.Primary.DeleteSubnetAsync(id))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        Assert.Null(session.Emulator.State.FindSubnet(id));
        Assert.DoesNotContain(reserve, (await session.Primary.ListIpReservesOkAsync()).Ids("ipReserves", "ipReserveId"));
        using var detail = await session.Primary.GetSubnetAsync(id);
        await detail.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    private async Task<string> CreateWithIpv6Async(string vpc, string cidr)
    {
        using var response = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, cidr).With("enableIpv6", true));
        return (await response.ShouldBeJsonAsync()).GetProperty("subnetId").GetString()!;
    }
}
