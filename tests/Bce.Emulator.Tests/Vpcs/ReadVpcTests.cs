using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>GetVpcDetail and ListVpcs: the wrapped answer, ownership, filters and marker/maxKeys pagination.</summary>
public sealed class ReadVpcTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task GetVpcDetail_wraps_the_vpc_with_relay_and_subnets_in_this_exact_form()
    {
        var id = await session.Primary.CreateVpcOkAsync("192.168.0.0/16");
        var subnetId = await session.Primary.CreateSubnetOkAsync(id, "192.168.1.0/24");
        using var response = await session.Primary.GetVpcAsync(id);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(
            $$$"""{"vpc":{"vpcId":"{{{id}}}","name":"test_vpc","cidr":"192.168.0.0/16","ipv6Cidr":"","createdTime":"2025-01-15T08:00:00Z","description":"","isDefault":false,"secondaryCidr":[],"tags":[],"relay":false,"subnets":[{"subnetId":"{{{subnetId}}}","name":"test_subnet","zoneName":"cn-bj-a","cidr":"192.168.1.0/24","ipv6Cidr":"","vpcId":"{{{id}}}","subnetType":"BCC","description":"","createdTime":"2025-01-15T08:00:00Z","availableIp":253,"availableUnreservedIp":253,"tags":[]}]}}""",
            text);
        Assert.Matches("^\"[0-9a-f]{20}\"$", response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task The_etag_moves_when_the_vpc_or_its_subnets_change()
    {
        var id = await session.Primary.CreateVpcOkAsync("10.1.0.0/16");
        var first = await ETagOf(id);
        Assert.Equal(first, await ETagOf(id));
        await session.Primary.CreateSubnetOkAsync(id, "10.1.0.0/24");
        Assert.NotEqual(first, await ETagOf(id));
    }

    [Fact]
    public async Task Another_accounts_vpc_and_an_unknown_id_are_NoSuchObject()
    {
        using (var other = await session.Secondary.GetVpcAsync(EmulatorDefaults.PrimaryVpcA))
        {
            await other.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        using var unknown = await session.Primary.GetVpcAsync("vpc-000000000000");
        var message = await unknown.ShouldBeErrorAsync(404, "NoSuchObject");
        Assert.Contains("vpc-000000000000", message);
    }

    [Fact]
    public async Task Seeded_vpcs_are_real_records_with_10_n_cidrs_and_the_first_is_the_default_vpc()
    {
        await using var own = await EmulatorSession.StartAsync();
        var primary = await own.Primary.ListVpcsOkAsync();
        Assert.Equal([EmulatorDefaults.PrimaryVpcA, EmulatorDefaults.PrimaryVpcB, EmulatorDefaults.PrimaryVpcC], primary.Ids("vpcs", "vpcId"));
        Assert.Equal(["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16"], primary.GetProperty("vpcs").EnumerateArray().Select(v => v.GetProperty("cidr").GetString()));
        Assert.Equal([true, false, false], primary.GetProperty("vpcs").EnumerateArray().Select(v => v.GetProperty("isDefault").GetBoolean()));
        Assert.Equal("default", primary.GetProperty("vpcs")[0].GetProperty("name").GetString());
        Assert.Equal(EmulatorDefaults.PrimaryVpcB, primary.GetProperty("vpcs")[1].GetProperty("name").GetString());

        var secondary = await own.Secondary.GetVpcOkAsync(EmulatorDefaults.SecondaryVpcB);
        Assert.Equal("10.4.0.0/16", secondary.GetProperty("cidr").GetString());
        Assert.False(secondary.TryGetProperty("vpcs", out _));
    }

    [Fact]
    public async Task ListVpcs_shows_only_the_callers_vpcs_with_the_vpc_fields_and_no_subnets()
    {
        await using var own = await EmulatorSession.StartAsync();
        var created = await own.Secondary.CreateVpcOkAsync();
        var page = await own.Secondary.ListVpcsOkAsync();
        Assert.Equal(new[] { EmulatorDefaults.SecondaryVpcA, EmulatorDefaults.SecondaryVpcB, created }.Order(StringComparer.Ordinal), page.Ids("vpcs", "vpcId"));
        var vpc = page.GetProperty("vpcs").EnumerateArray().Single(v => v.GetProperty("vpcId").GetString() == created);
        Assert.Equal(
            ["vpcId", "name", "cidr", "ipv6Cidr", "createdTime", "description", "isDefault", "secondaryCidr", "tags"],
            vpc.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(created, (await own.Primary.ListVpcsOkAsync()).Ids("vpcs", "vpcId"));
    }

    [Fact]
    public async Task Pages_through_every_vpc_in_id_order()
    {
        await using var own = await EmulatorSession.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await own.Primary.CreateVpcOkAsync();
        }

        var all = (await own.Primary.ListVpcsOkAsync()).Ids("vpcs", "vpcId");
        Assert.Equal(7, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);

        var seen = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await own.Primary.ListVpcsOkAsync("maxKeys=3" + (marker is null ? string.Empty : "&marker=" + marker));
            pages++;
            Assert.Equal(3, page.GetProperty("maxKeys").GetInt32());
            var ids = page.Ids("vpcs", "vpcId");
            Assert.Equal(ids[0], page.GetProperty("marker").GetString());
            seen.AddRange(ids);
            var truncated = page.GetProperty("isTruncated").GetBoolean();
            Assert.Equal(truncated, page.TryGetProperty("nextMarker", out var next));
            marker = truncated ? next.GetString() : null;
        }
        while (marker is not null);

        Assert.Equal(3, pages);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Default_page_size_is_1000_and_an_empty_list_has_no_markers()
    {
        var page = await session.Primary.ListVpcsOkAsync("vpcIds=vpc-nothinghere0");
        Assert.Equal(1000, page.GetProperty("maxKeys").GetInt32());
        Assert.Empty(page.GetProperty("vpcs").EnumerateArray());
        Assert.False(page.GetProperty("isTruncated").GetBoolean());
        Assert.False(page.TryGetProperty("marker", out _));
        Assert.False(page.TryGetProperty("nextMarker", out _));
    }

    [Theory]
    [InlineData("isDefault=true", new[] { EmulatorDefaults.PrimaryVpcA })]
    [InlineData("isDefault=True", new[] { EmulatorDefaults.PrimaryVpcA })]
    [InlineData("isDefault=false&vpcIds=vpc-primary0000a%2Cvpc-primary0000c", new[] { EmulatorDefaults.PrimaryVpcC })]
    [InlineData("vpcIds=vpc-primary0000b,vpc-secondary00a", new[] { EmulatorDefaults.PrimaryVpcB })]
    public async Task IsDefault_and_vpcIds_filter_the_callers_vpcs(string query, string[] expected)
    {
        Assert.Equal(expected, (await session.Primary.ListVpcsOkAsync(query)).Ids("vpcs", "vpcId"));
    }

    [Theory]
    [InlineData("isDefault=yes")]
    [InlineData("maxKeys=0")]
    [InlineData("maxKeys=1001")]
    [InlineData("maxKeys=ten")]
    public async Task A_bad_query_value_is_InvalidHTTPRequest(string query)
    {
        using var response = await session.Primary.ListVpcsAsync(query);
        await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
    }

    private async Task<string> ETagOf(string vpcId)
    {
        using var response = await session.Primary.GetVpcAsync(vpcId);
        await response.ShouldBeJsonAsync();
        return response.Headers.ETag!.ToString();
    }
}
