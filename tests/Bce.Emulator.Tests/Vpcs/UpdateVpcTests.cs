using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>UpdateVpc (<c>PUT /v1/vpc/{vpcId}?modifyAttribute</c>): the flag, each field, secondary CIDR rules, If-Match.</summary>
public sealed class UpdateVpcTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Sets_the_name_and_description_and_leaves_absent_fields_alone()
    {
        var id = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using (var response = await session.Primary.UpdateVpcAsync(id, new { name = "renamed", description = "now described" }))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        using (var response = await session.Primary.UpdateVpcAsync(id, new { name = "renamed_again" }))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        var vpc = await session.Primary.GetVpcOkAsync(id);
        Assert.Equal("renamed_again", vpc.GetProperty("name").GetString());
        Assert.Equal("now described", vpc.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("modifyAttribute=")]
    [InlineData("clientToken=tok-flag-order&modifyAttribute")]
    public async Task The_flag_is_recognised_bare_or_with_an_empty_value(string query)
    {
        var id = await session.Primary.CreateVpcOkAsync();
        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "flagged" }, query);
        await response.ShouldBeEmptyOkAsync();
    }

    [Fact]
    public async Task A_put_without_modifyAttribute_is_InvalidHTTPRequest_and_changes_nothing()
    {
        var id = await session.Primary.CreateVpcOkAsync();
        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "unflagged" }, query: string.Empty);
        var message = await response.ShouldBeErrorAsync(400, "InvalidHTTPRequest");
        Assert.Contains("modifyAttribute", message);
        Assert.Equal("test_vpc", session.Emulator.State.FindVpc(id)!.Name);
    }

    [Fact]
    public async Task Name_is_required_as_Go_always_sends_it()
    {
        var id = await session.Primary.CreateVpcOkAsync();
        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "", description = "x" });
        await response.ShouldBeErrorAsync(400, "InappropriateJSON");
    }

    [Fact]
    public async Task EnableIpv6_switches_the_ipv6_block_on_and_off_and_keeps_the_same_block()
    {
        var id = await session.Primary.CreateVpcOkAsync();
        await UpdateOkAsync(id, new { name = "v6", enableIpv6 = true });
        var block = (await session.Primary.GetVpcOkAsync(id)).GetProperty("ipv6Cidr").GetString()!;
        Assert.EndsWith("::/56", block);
        await UpdateOkAsync(id, new { name = "v6", enableIpv6 = false });
        Assert.Equal(string.Empty, (await session.Primary.GetVpcOkAsync(id)).GetProperty("ipv6Cidr").GetString());
        await UpdateOkAsync(id, new { name = "v6", enableIpv6 = true });
        Assert.Equal(block, (await session.Primary.GetVpcOkAsync(id)).GetProperty("ipv6Cidr").GetString());
    }

    [Fact]
    public async Task Ipv6_cannot_be_switched_off_while_a_subnet_has_it()
    {
        using var created = await session.Primary.CreateVpcAsync(Bodies.Vpc("10.0.0.0/16").With("enableIpv6", true));
        var id = (await created.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;
        using (var subnet = await session.Primary.CreateSubnetAsync(Bodies.Subnet(id, "10.0.1.0/24").With("enableIpv6", true)))
        {
            await subnet.ShouldBeJsonAsync();
        }

        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "v6", enableIpv6 = false });
        await response.ShouldBeErrorAsync(409, "Vpc.InUse");
    }

    [Fact]
    public async Task SecondaryCidr_replaces_the_whole_list()
    {
        var id = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        await UpdateOkAsync(id, new { name = "n", secondaryCidr = new[] { "10.1.0.0/16", "172.16.0.0/24" } });
        Assert.Equal(["10.1.0.0/16", "172.16.0.0/24"], (await session.Primary.GetVpcOkAsync(id)).GetProperty("secondaryCidr").EnumerateArray().Select(c => c.GetString()));
        await UpdateOkAsync(id, new { name = "n", secondaryCidr = new[] { "192.168.0.0/24" } });
        Assert.Equal(["192.168.0.0/24"], session.Emulator.State.FindVpc(id)!.SecondaryCidrs);
        await UpdateOkAsync(id, new { name = "n", secondaryCidr = Array.Empty<string>() });
        Assert.Empty(session.Emulator.State.FindVpc(id)!.SecondaryCidrs);
    }

    [Theory]
    [InlineData("10.0.128.0/17", "Vpc.CidrConflict", 409)]
    [InlineData("10.0.0.0/8", "Vpc.CidrConflict", 409)]
    [InlineData("8.8.8.0/24", "Vpc.InvalidCidr", 400)]
    [InlineData("10.1.0.1/16", "Vpc.InvalidCidr", 400)]
    public async Task A_secondary_block_must_be_a_vpc_block_apart_from_the_primary(string secondary, string code, int status)
    {
        var id = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "n", secondaryCidr = new[] { secondary } });
        var message = await response.ShouldBeErrorAsync(status, code);
        Assert.Contains("secondaryCidr[0]", message);
    }

    [Fact]
    public async Task Two_overlapping_secondary_blocks_are_Vpc_CidrConflict()
    {
        var id = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "n", secondaryCidr = new[] { "10.1.0.0/16", "10.1.2.0/24" } });
        await response.ShouldBeErrorAsync(409, "Vpc.CidrConflict");
    }

    [Fact]
    public async Task A_secondary_block_that_holds_a_subnet_cannot_be_removed()
    {
        var id = await session.Primary.CreateVpcOkAsync("10.0.0.0/16");
        await UpdateOkAsync(id, new { name = "n", secondaryCidr = new[] { "10.1.0.0/16" } });
        using (var subnet = await session.Primary.CreateSubnetAsync(Bodies.Subnet(id, "10.1.5.0/24").With("vpcSecondaryCidr", "10.1.0.0/16")))
        {
            await subnet.ShouldBeJsonAsync();
        }

        using var response = await session.Primary.UpdateVpcAsync(id, new { name = "n", secondaryCidr = Array.Empty<string>() });
        await response.ShouldBeErrorAsync(409, "Vpc.InUse");
    }

    [Fact]
    public async Task Another_accounts_vpc_is_NoSuchObject()
    {
        using var response = await session.Secondary.UpdateVpcAsync(EmulatorDefaults.PrimaryVpcB, new { name = "stolen" });
        await response.ShouldBeErrorAsync(404, "NoSuchObject");
        Assert.Equal(EmulatorDefaults.PrimaryVpcB, session.Emulator.State.FindVpc(EmulatorDefaults.PrimaryVpcB)!.Name);
    }

    [Fact]
    public async Task A_current_if_match_passes_and_a_stale_one_is_PreconditionFailed()
    {
        var id = await session.Primary.CreateVpcOkAsync();
        string etag;
        using (var detail = await session.Primary.GetVpcAsync(id))
        {
            etag = detail.Headers.ETag!.ToString();
        }

        using (var current = await session.Primary.UpdateVpcAsync(id, new { name = "first" }, ifMatch: etag))
        {
            await current.ShouldBeEmptyOkAsync();
        }

        using var stale = await session.Primary.UpdateVpcAsync(id, new { name = "second" }, ifMatch: etag);
        await stale.ShouldBeErrorAsync(412, "PreconditionFailed");
        Assert.Equal("first", session.Emulator.State.FindVpc(id)!.Name);
    }

    private async Task UpdateOkAsync(string id, object body)
    {
        using var response = await session.Primary.UpdateVpcAsync(id, body);
        await response.ShouldBeEmptyOkAsync();
    }
}
