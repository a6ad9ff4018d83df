using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>Reserved CIDRs: CreateIpReserve's placement rules, ListIpReserves, DeleteIpReserve, and availableUnreservedIp.</summary>
public sealed class IpReserveTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task A_reserved_block_is_listed_in_this_exact_form_and_lowers_availableUnreservedIp()
    {
        var subnet = await NewSubnetAsync();
        using var created = await session.Primary.CreateIpReserveAsync(subnet, "10.0.0.64/26", description: "for the database");
        var createdText = await created.Content.ReadAsStringAsync();
        Assert.Matches("^\\{\"ipReserveId\":\"ipr-[a-z0-9]{12}\"\\}$", createdText);
        var id = createdText[16..^2];

        var page = await session.Primary.ListIpReservesOkAsync("subnetId=" + subnet);
        Assert.Equal(
            $$$"""{"ipReserves":[{"ipReserveId":"{{{id}}}","subnetId":"{{{subnet}}}","ipCidr":"10.0.0.64/26","ipVersion":"4","description":"for the database","createdTime":"2025-01-15T08:00:00Z","updatedTime":"2025-01-15T08:00:00Z"}],"marker":"{{{id}}}","isTruncated":false,"maxKeys":1000}""",
            page.GetRawText());
        var detail = await session.Primary.GetSubnetOkAsync(subnet);
        Assert.Equal((253, 253 - 64), (detail.GetProperty("availableIp").GetInt32(), detail.GetProperty("availableUnreservedIp").GetInt32()));
    }

    [Fact]
    public async Task A_system_address_inside_a_reserved_block_is_counted_once()
    {
        var subnet = await NewSubnetAsync();
        await session.Primary.CreateIpReserveOkAsync(subnet, "10.0.0.0/28");
        Assert.Equal(253 - 14, session.Emulator.State.FindSubnet(subnet)!.AvailableUnreservedIp);
    }

    [Theory]
    [InlineData("10.0.1.0/28", 4, 400, "Vpc.InvalidCidr")]
    [InlineData("10.0.0.0/23", 4, 400, "Vpc.InvalidCidr")]
    [InlineData("10.0.0.1/28", 4, 400, "Vpc.InvalidCidr")]
    [InlineData("10.0.0.16/28", 6, 400, "Vpc.InvalidCidr")]
    [InlineData("2001:db8::/64", 6, 400, "Vpc.InvalidParameter")]
    [InlineData("10.0.0.8/29", 4, 409, "Vpc.CidrConflict")]
    public async Task A_block_outside_the_subnet_of_the_wrong_family_or_overlapping_another_is_refused(string cidr, int version, int status, string code)
    {
        var subnet = await NewSubnetAsync();
        await session.Primary.CreateIpReserveOkAsync(subnet, "10.0.0.0/28");
        using var response = await session.Primary.CreateIpReserveAsync(subnet, cidr, version);
        await response.ShouldBeErrorAsync(status, code);
    }

    [Theory]
    [InlineData("""{"ipCidr":"10.0.0.0/28","ipVersion":4}""", "subnetId")]
    [InlineData("""{"subnetId":"sbn-x","ipVersion":4}""", "ipCidr")]
    [InlineData("""{"subnetId":"sbn-x","ipCidr":"10.0.0.0/28"}""", "ipVersion")]
    [InlineData("""{"subnetId":"sbn-x","ipCidr":"10.0.0.0/28","ipVersion":5}""", "ipVersion")]
    [InlineData("""{"subnetId":"sbn-x","ipCidr":"10.0.0.0/28","ipVersion":"4"}""", "ipVersion")]
    public async Task Missing_or_wrong_fields_are_InappropriateJSON(string body, string field)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/subnet/ipreserve", body);
        Assert.Contains(field, await response.ShouldBeErrorAsync(400, "InappropriateJSON"));
    }

    [Fact]
    public async Task An_ipv6_block_lies_inside_the_subnets_ipv6_64()
    {
        using var created = await session.Primary.CreateVpcAsync(Bodies.Vpc("10.0.0.0/16").With("enableIpv6", true));
        var vpc = (await created.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;
        using var subnetResponse = await session.Primary.CreateSubnetAsync(Bodies.Subnet(vpc, "10.0.0.0/24").With("enableIpv6", true));
        var subnet = (await subnetResponse.ShouldBeJsonAsync()).GetProperty("subnetId").GetString()!;
        var block = session.Emulator.State.FindSubnet(subnet)!.Ipv6Cidr!.Replace("::/64", string.Empty);

        var id = await session.Primary.CreateIpReserveOkAsync(subnet, block + ":0:0:1:0/112", ipVersion: 6);
        var listed = (await session.Primary.ListIpReservesOkAsync("subnetId=" + subnet)).GetProperty("ipReserves").EnumerateArray().Single();
        Assert.Equal((id, "6"), (listed.GetProperty("ipReserveId").GetString(), listed.GetProperty("ipVersion").GetString()));
        using var off = await session.Primary.UpdateSubnetAsync(subnet, new { name = "n", enableIpv6 = false });
        await off.ShouldBeErrorAsync(409, "Vpc.InUse");
    }

    [Fact]
    public async Task Other_accounts_see_neither_the_subnet_nor_its_reserved_blocks()
    {
        var subnet = await NewSubnetAsync();
        var id = await session.Primary.CreateIpReserveOkAsync(subnet, "10.0.0.128/25");
        using (var create = await session.Secondary.CreateIpReserveAsync(subnet, "10.0.0.0/28"))
        {
            await create.ShouldBeErrorAsync(404, "NoSuchObject");
        }

        Assert.DoesNotContain(id, (await session.Secondary.ListIpReservesOkAsync()).Ids("ipReserves", "ipReserveId"));
        using var delete = await session.Secondary.SendAsync(HttpMethod.Delete, "/v1/subnet/ipreserve/" + id);
        await delete.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task Delete_frees_the_block_and_restores_the_count()
    {
        var subnet = await NewSubnetAsync();
        var id = await session.Primary.CreateIpReserveOkAsync(subnet, "10.0.0.0/25");
        using (var response = await session.Primary.SendAsync(HttpMethod.Delete, "/v1/subnet/ipreserve/" + id + "?clientToken=" + Bodies.NewToken()))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        Assert.Equal(253, session.Emulator.State.FindSubnet(subnet)!.AvailableUnreservedIp);
        await session.Primary.CreateIpReserveOkAsync(subnet, "10.0.0.0/25");
        using var again = await session.Primary.SendAsync(HttpMethod.Delete, "/v1/subnet/ipreserve/" + id);
        await again.ShouldBeErrorAsync(404, "NoSuchObject");
    }

    [Fact]
    public async Task ListIpReserves_pages_with_marker_and_maxKeys()
    {
        var subnet = await NewSubnetAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await session.Primary.CreateIpReserveOkAsync(subnet, $"10.0.0.{i * 16}/28"));
        }

        var first = await session.Primary.ListIpReservesOkAsync($"subnetId={subnet}&maxKeys=2");
        var second = await session.Primary.ListIpReservesOkAsync($"subnetId={subnet}&maxKeys=2&marker={first.GetProperty("nextMarker").GetString()}");
        Assert.False(second.GetProperty("isTruncated").GetBoolean());
        Assert.Equal(ids.Order(StringComparer.Ordinal), first.Ids("ipReserves", "ipReserveId").Concat(second.Ids("ipReserves", "ipReserveId")));
    }

    private async Task<string> NewSubnetAsync()
    {
        var vpc = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        return await session.Primary.CreateSubnetOkAsync(vpc, "10.0.0.0/24");
    }
}
